import type { Item } from '../types/item.ts'
import type { Source } from '../types/source.ts'
import type { Story } from '../types/story.ts'

/**
 * Every server event carries the sequence number of the stored change it reports
 * (the event log's id), so a client that sees a gap knows it missed something and resyncs.
 */
export interface Envelope<T> {
  seq: number
  data: T
}

export interface ServerToClientEvents {
  'item:created': (event: Envelope<Item>) => void
  'source:updated': (event: Envelope<Source>) => void
  /** A story was created or gained a report. */
  'story:updated': (event: Envelope<Story>) => void
  /** Sent once on connect: server time for clock correction, build id for reloads, last seq. */
  'server:hello': (event: ServerHello) => void
}

export interface ServerHello {
  now: string
  build: string
  seq: number
}

export type Ack<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } }

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- commands arrive with later issues
export interface ClientToServerEvents {}

export type ServerEventName = keyof ServerToClientEvents
