import { STALE_AFTER_MS } from './events.ts'

/** A dropped connection is called stale after this long, not at the first blip (a reconnect takes ~1 s). */
export const DOWN_GRACE_MS = 2_000

export interface LinkState {
  /** Whether the socket is connected now. */
  live: boolean
  /** Local ms when the connection was lost, or null while connected. */
  down_since_ms: number | null
  /** Local ms of the last event, heartbeat or hello, or null before the first. */
  last_update_ms: number | null
}

/**
 * The stale rule, one definition for the wall and every working page: the data on screen may be
 * old when the link has been down for longer than DOWN_GRACE_MS, or when nothing (not even a
 * heartbeat) has arrived for longer than STALE_AFTER_MS on a link that still looks connected.
 * All times are the machine's own clock, so a wrong wall clock does not matter: only differences count.
 */
export function isStale(link: LinkState, localNowMs: number): boolean {
  if (!link.live && link.down_since_ms !== null && localNowMs - link.down_since_ms > DOWN_GRACE_MS) return true
  return link.last_update_ms !== null && localNowMs - link.last_update_ms > STALE_AFTER_MS
}
