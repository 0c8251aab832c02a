import { SessionAwareAdapter, type BroadcastOptions, type PrivateSessionId, type Session } from 'socket.io-adapter'

/** What a recovered socket carries in `socket.data` until the middlewares have run: where to resume. */
export interface ResumePoint {
  resumeFrom: string
}

interface LoggedPacket {
  id: string
  opts: BroadcastOptions
  data: unknown[]
}

/**
 * The recovery log keeps about this many packets, the newest (the Redis stream as many): a socket
 * that missed more connects fresh and resyncs over HTTP, one request instead of a replay of
 * thousands of events. Without it the log held every packet of the last two minutes and more: a
 * first poll of 500 sources kept 63,712 packets alive, 40 MB of the main thread's heap.
 */
export const RECOVERY_LOG_MAX = 10_000

/** Drops the oldest packets past the cap, a fifth of it at a time, so a full log is not spliced on every broadcast. */
export function trimRecoveryLog(log: unknown[]): void {
  if (log.length > RECOVERY_LOG_MAX * 1.2) log.splice(0, log.length - RECOVERY_LOG_MAX)
}

export function addressedTo(rooms: ReadonlySet<string>, opts: BroadcastOptions): boolean {
  const included = opts.rooms.size === 0 || [...rooms].some((room) => opts.rooms.has(room))
  return included && [...rooms].every((room) => !opts.except?.has(room))
}

/**
 * socket.io's in-memory recovery, minus its two leaks. Stock recovery restores the old rooms and
 * writes the missed packets to the wire as the socket is created — before any middleware has run, so
 * a revoked token, a disabled account or a downgraded one was sent what its old rooms had missed.
 * Here a recovered socket starts with no rooms and no data (the auth middleware decides both now),
 * and nothing is replayed until the connection is accepted: then `missedSince` gives the packets
 * addressed to the rooms it has at that moment, up to that moment (nothing broadcast while the
 * middlewares ran is lost, since the log is read then).
 */
export class RecheckedRecoveryAdapter extends SessionAwareAdapter {
  override broadcast(packet: Parameters<SessionAwareAdapter['broadcast']>[0], opts: BroadcastOptions): void {
    super.broadcast(packet, opts)
    trimRecoveryLog((this as unknown as { packets: LoggedPacket[] }).packets)
  }

  override async restoreSession(pid: PrivateSessionId, offset: string): Promise<Session> {
    const session = await super.restoreSession(pid, offset)
    // socket.io types the miss as a Promise<Session>; it is null at run time.
    if (!session) return session
    const resume: ResumePoint = { resumeFrom: offset }
    return { ...session, rooms: [], data: resume, missedPackets: [] }
  }

  /** Packets after `offset` for a socket in `rooms`, oldest first; null when the offset has left the log. */
  missedSince(offset: string, rooms: ReadonlySet<string>): unknown[][] | null {
    const log = (this as unknown as { packets: LoggedPacket[] }).packets
    const at = log.findIndex((p) => p.id === offset)
    if (at === -1) return null
    return log.slice(at + 1).filter((p) => addressedTo(rooms, p.opts)).map((p) => p.data)
  }
}
