import { createAdapter } from '@socket.io/postgres-adapter'
import type { FastifyBaseLogger } from 'fastify'
import pg from 'pg'
import type { BroadcastOptions, PrivateSessionId, Session } from 'socket.io-adapter'
import { addressedTo, trimRecoveryLog, type ResumePoint } from './recovery-adapter.ts'
import type { ReplayingAdapter } from './redis-recovery-adapter.ts'
import type { TransportWatch } from './transport-watch.ts'

/** The adapter's table for packets too large for one NOTIFY (about 8 kB: a case with its timeline). */
const ATTACHMENTS = 'socket_io_attachments'

/**
 * The table is the adapter's transport, not the application's schema (its rows live seconds:
 * the adapter deletes them after `cleanupInterval`), so it is made here rather than by a
 * migration. Processes starting together take turns (the advisory lock): concurrent CREATE TABLE
 * IF NOT EXISTS can still collide in PostgreSQL's catalogue.
 */
async function ensureAttachments(pool: pg.Pool): Promise<void> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    await client.query(`SELECT pg_advisory_xact_lock(hashtextextended('yq:socket_io_attachments', 0))`)
    await client.query(`CREATE TABLE IF NOT EXISTS ${ATTACHMENTS} (id bigserial UNIQUE, created_at timestamptz DEFAULT now(), payload bytea)`)
    await client.query('COMMIT')
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw err
  } finally {
    client.release()
  }
}

/**
 * socket.io over PostgreSQL's LISTEN/NOTIFY (@socket.io/postgres-adapter), for deployments whose
 * only shared service is PostgreSQL: an event published on one process reaches sockets on all.
 *
 * The adapter keeps no shared log (NOTIFY is fire-and-forget), so connection-state recovery is
 * each process's own: every process logs the packets it writes to its sockets (its own and the
 * others', all of which it hears) under its own offsets, as socket.io's in-memory recovery does, and
 * a wall that drops and comes back to the same process replays what it missed, rechecked as in
 * RecheckedRecoveryAdapter. One that comes back to another process presents an offset unknown
 * there, connects fresh and reloads over HTTP (the client resyncs on any unrecovered connect).
 * A NOTIFY sent while a process's listening connection is down is lost to it; `watchListening`
 * tells the heartbeat so, which then carries the stored seq: its walls see they are behind, and resync.
 */
export async function postgresAdapter(pool: pg.Pool, prefix: string, log: Pick<FastifyBaseLogger, 'warn'>) {
  await ensureAttachments(pool)
  const factory = createAdapter(pool, {
    channelPrefix: `${prefix}socket.io`,
    tableName: ATTACHMENTS,
    errorHandler: (err) => log.warn({ err: err.message }, 'socket.io Postgres adapter error'),
  })
  // socket.io calls the adapter with `new`: a plain function (not an arrow) whose returned object is the instance.
  return function pgAdapter(nsp: { server: { opts: { connectionStateRecovery?: { maxDisconnectionDuration?: number } } } }) {
    const adapter = factory(nsp) as unknown as ReplayingAdapter & LocalRecovery
    keepLocalRecovery(adapter, nsp.server.opts.connectionStateRecovery?.maxDisconnectionDuration ?? 2 * 60_000)
    return adapter
  }
}

/** A socket.io packet as the adapter sees it (type 2: an event; an id: it awaits an acknowledgement). */
interface Packet {
  type: number
  id?: number
  data: unknown[]
}

interface LoggedPacket {
  id: string
  opts: BroadcastOptions
  data: unknown[]
  emittedAt: number
}

/** The hooks of socket.io-adapter's ClusterAdapter that connection-state recovery goes through. */
interface LocalRecovery {
  addOffsetIfNecessary(packet: Packet, opts: BroadcastOptions, offset: string | undefined): void
  persistSession(session: Session & { disconnectedAt?: number }): void
  restoreSession(pid: PrivateSessionId, offset: string): Promise<Session | null>
}

/** socket.io's in-memory recovery (SessionAwareAdapter) on a cluster adapter whose transport gives no offsets. */
function keepLocalRecovery(adapter: ReplayingAdapter & LocalRecovery, maxDisconnectionMs: number): void {
  const log: LoggedPacket[] = []
  const sessions = new Map<PrivateSessionId, Session & { disconnectedAt: number }>()
  let counter = 0
  const expire = (now: number) => {
    const threshold = now - maxDisconnectionMs
    while (log.length > 0 && log[0]!.emittedAt < threshold) log.shift()
    for (const [pid, session] of sessions) if (session.disconnectedAt < threshold) sessions.delete(pid)
  }
  // Called for each broadcast this process writes to its sockets, its own and the others' (the
  // transport's offset is always empty): the offset the client keeps is this process's.
  adapter.addOffsetIfNecessary = (packet, opts) => {
    // As socket.io logs: events only, not ones awaiting an acknowledgement, not volatile ones.
    if (packet.type !== 2 || packet.id !== undefined || opts.flags?.volatile !== undefined) return
    const now = Date.now()
    const id = `${now.toString(36)}-${(counter++).toString(36)}`
    packet.data.push(id)
    log.push({ id, opts, data: packet.data, emittedAt: now })
    expire(now)
    trimRecoveryLog(log)
  }
  adapter.persistSession = (session) => {
    sessions.set(session.pid, { ...session, disconnectedAt: Date.now() })
  }
  adapter.restoreSession = async (pid, offset) => {
    expire(Date.now())
    const session = sessions.get(pid)
    if (!session || !log.some((p) => p.id === offset)) return null
    sessions.delete(pid)
    const resume: ResumePoint = { resumeFrom: offset }
    return { ...session, rooms: [], data: resume, missedPackets: [] }
  }
  adapter.missedSince = (offset, rooms) => {
    const at = log.findIndex((p) => p.id === offset)
    if (at === -1) return null
    return log.slice(at + 1).filter((p) => addressedTo(rooms, p.opts)).map((p) => p.data)
  }
}

/**
 * The adapter's LISTEN connection, looked at where @socket.io/postgres-adapter 0.5 keeps it (the
 * adapter's `client`, a PubSubClient whose `client` is the pg client once LISTEN is done, undefined
 * while it reconnects). Each reconnection is a new pg client, so a drop between two looks shows as
 * another object. Should a later version keep it elsewhere, this reads "down" for good: the
 * heartbeat then always carries the stored seq (every wall resyncs after any audited event, which
 * is safe), rather than trusting a link it cannot see.
 */
export function watchListening(adapter: unknown): TransportWatch {
  let last: object | undefined
  let losses = 0
  const look = (): object | undefined => {
    const current = (adapter as { client?: { client?: object } }).client?.client
    if (last !== undefined && current !== last) losses++
    last = current
    return current
  }
  return { live: () => look() !== undefined, losses: () => (look(), losses) }
}
