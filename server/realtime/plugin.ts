import fp from 'fastify-plugin'
import { Server } from 'socket.io'
import { HEARTBEAT_INTERVAL_MS, type ClientToServerEvents, type Envelope, type ServerToClientEvents } from '@shared/realtime/events.ts'
import { lastEventSeq } from '../db/index.ts'
import { AudiencePositions } from './audience-positions.ts'
import { keepBroadcastOrder } from './broadcast-order.ts'
import { onLocalDelivery } from './deliveries.ts'
import { RecheckedRecoveryAdapter, type ResumePoint } from './recovery-adapter.ts'
import { postgresAdapter, watchListening } from './postgres-adapter.ts'
import { redisRecheckedAdapter, type ReplayingAdapter } from './redis-recovery-adapter.ts'
import { noTransport, watchRedis, type TransportWatch } from './transport-watch.ts'
import { batchWrites } from './write-batch.ts'

/**
 * Heartbeats that still carry the stored seq after the cluster's transport came back: what was
 * sent while it was down never arrives (a lost NOTIFY, a Redis restarted empty), and an event whose
 * id is below one still being written is reported by the store only once that one has committed.
 */
const CATCH_UP_BEATS = 3

type Payload<E extends keyof ServerToClientEvents> = Parameters<ServerToClientEvents[E]>[0]
type EnvelopedEvent = {
  [E in keyof ServerToClientEvents]: Payload<E> extends Envelope<unknown> ? E : never
}[keyof ServerToClientEvents]

/** The socket.io rooms an event goes to, or everyone. */
export type Audience = readonly string[] | 'everyone'

/**
 * Who receives an event, decided by the concern that owns it (cases: a case's 属地; classify: its
 * re-tag progress). Answers undefined for an event it does not own, so the next rule is asked.
 */
export type AudienceRule = (event: string, data: Readonly<Record<string, unknown>> | undefined) => Audience | undefined

export interface Realtime {
  io: Server<ClientToServerEvents, ServerToClientEvents>
  /**
   * Publishes a committed change. Call only after the transaction that stored it has committed.
   * Without `rooms` the audience comes from the registered rules (see addAudience).
   */
  publish<E extends EnvelopedEvent>(event: E, payload: Payload<E>, rooms?: readonly string[]): void
  /** The owning concern registers who receives its events; rules are asked in registration order, the first answer wins. */
  addAudience: (rule: AudienceRule) => void
  /**
   * Who receives an event no rule claims: every socket until the concern that names the rooms (auth)
   * sets the staff rooms.
   */
  setFallbackAudience: (audience: Audience) => void
  /** Who an event goes to by the registered rules (read only: for checks and tests). */
  audienceOf: (event: string, payload: unknown) => Audience
  /**
   * Sockets in `room` are sent `project(event, payload)` instead of the payload (same seq), wherever
   * the event goes to that room: a kiosk's narrower view. The concern that owns the room registers it.
   */
  projectFor: (room: string, project: (event: string, payload: Envelope<unknown>) => Envelope<unknown>) => void
}

declare module 'fastify' {
  interface FastifyInstance {
    realtime: Realtime
    buildId: string
  }
}

export default fp(
  async (app) => {
    const io = new Server<ClientToServerEvents, ServerToClientEvents>(app.server, {
      serveClient: false,
      // Short drops (a wall's Wi-Fi blip) replay missed events instead of forcing a resync. A recovered
      // socket passes the middlewares like any other (who it is and its rooms are decided now), and
      // replays only what its rooms of now were sent: see RecheckedRecoveryAdapter.
      connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: false },
      // Several processes share one Redis stream (YQ_REDIS_URL), or PostgreSQL's LISTEN/NOTIFY when it
      // is the only shared service: an event published on one reaches sockets on all.
      adapter: (app.cluster.redis
        ? redisRecheckedAdapter(app.cluster.redis, app.cluster.redisPrefix)
        : app.cluster.pubsub
          ? await postgresAdapter(app.cluster.pubsub, app.cluster.redisPrefix, app.log)
          : RecheckedRecoveryAdapter) as never,
    })
    // What one synchronous run sends a socket leaves in one write (write-batch.ts).
    io.engine.on('connection', (conn: Parameters<typeof batchWrites>[0]) => batchWrites(conn))
    const adapter = io.of('/').adapter as unknown as ReplayingAdapter
    const resumes = new WeakMap<object, string>()

    // Each audience's position, noted as this process writes broadcasts to its sockets: its own and
    // (in a cluster) every other process's, so a sign-in anywhere moves no wall anywhere.
    const positions = new AudiencePositions()
    const sockets = io.of('/').sockets
    keepBroadcastOrder(adapter)
    onLocalDelivery(adapter, (seq, opts) => {
      // A replay to one socket repeats an event whose position was noted when it was first sent.
      if (opts.rooms.size > 0 && [...opts.rooms].every((room) => sockets.has(room))) return
      positions.note(opts, seq)
    })
    // What is written to one socket (hello, heartbeat, replay) is written by this process, not sent
    // round the cluster: with connection-state recovery socket.emit goes through the adapter, which
    // would publish it first (and hold a heartbeat while Redis is down, when walls need it most).
    const toSocket = (socket: { id: string }) => io.local.to(socket.id)
    const transport: TransportWatch = app.cluster.redis ? watchRedis(app.cluster.redis) : app.cluster.pubsub ? watchListening(adapter) : noTransport
    const positionOf = (rooms: ReadonlySet<string>): number => positions.of(rooms)

    // First of the middlewares: a recovered socket keeps nothing of its old identity for the others to trust.
    io.use((socket, next) => {
      if (socket.recovered) {
        resumes.set(socket, (socket.data as ResumePoint).resumeFrom)
        socket.data = {}
      }
      next()
    })

    io.on('connection', (socket) => {
      const resumeFrom = resumes.get(socket)
      const hello = () => {
        toSocket(socket).emit('server:hello', { now: new Date().toISOString(), build: app.buildId, seq: positionOf(socket.rooms) })
      }
      if (resumeFrom === undefined) return hello()
      const replay = (missed: unknown[][] | null) => {
        // The log moved past the offset meanwhile: a clean disconnect makes the client reconnect fresh and resync.
        if (!missed) return void socket.disconnect(true)
        const to = toSocket(socket)
        for (const packet of missed) (to.emit as (...args: unknown[]) => void).apply(to, packet)
        hello()
      }
      // A copy: the rooms are left below while the stream is read.
      const missed = adapter.missedSince(resumeFrom, new Set(socket.rooms))
      if (!(missed instanceof Promise)) return replay(missed)
      // Read from Redis: out of its rooms while the stream is read, so a live packet is not also
      // replayed (or replayed older after newer); one that slips between shows as a seq gap and the client resyncs.
      const rooms = [...socket.rooms].filter((room) => room !== socket.id)
      for (const room of rooms) void socket.leave(room)
      missed.then(
        (packets) => {
          if (socket.disconnected) return
          void socket.join(rooms)
          replay(packets)
        },
        (err: unknown) => {
          app.log.warn({ err }, 'could not replay missed events; the client resyncs')
          socket.disconnect(true)
        },
      )
    })

    // Walls must tell a quiet night from a dead link: the heartbeat says "still here, and the last
    // event your audience was sent is N". Each process beats for its own sockets. While the
    // cluster's transport is down (and a few beats after), what other processes published may not
    // have come: then every audience is at least at the stored log's committed position, so walls
    // hear the log go past what reached them and resync over HTTP.
    let losses = transport.losses()
    let catchUp = 0
    const beat = async () => {
      const live = transport.live()
      const lost = transport.losses()
      if (!live || lost !== losses) catchUp = CATCH_UP_BEATS
      losses = lost
      // The store is read on every beat of a cluster, needed or not: while it cannot be read the
      // beat is skipped, and walls say their data may be stale (nothing new can be stored either).
      if (app.cluster.shared) {
        const stored = await lastEventSeq(app.db)
        if (catchUp > 0) positions.noteEveryone(stored)
        if (catchUp > 0 && live) catchUp--
      }
      const now = new Date().toISOString()
      for (const socket of sockets.values()) toSocket(socket).emit('server:heartbeat', { now, build: app.buildId, seq: positionOf(socket.rooms) })
    }
    const heartbeat = setInterval(() => void beat().catch((err: unknown) => app.log.warn({ err }, 'heartbeat skipped')), HEARTBEAT_INTERVAL_MS)
    heartbeat.unref()

    const projections = new Map<string, (event: string, payload: Envelope<unknown>) => Envelope<unknown>>()
    // socket.io's typed emit cannot follow the mapped union; the event map keeps callers honest.
    const emit = (target: { emit: unknown }, event: string, payload: unknown) => (target.emit as (e: string, p: unknown) => void).call(target, event, payload)

    const rules: AudienceRule[] = []
    let fallback: Audience = 'everyone'
    const audienceOf = (event: string, payload: unknown): Audience => {
      const data = (payload as { data?: unknown }).data
      const fields = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : undefined
      for (const rule of rules) {
        const audience = rule(event, fields)
        if (audience !== undefined) return audience
      }
      return fallback
    }

    const realtime: Realtime = {
      io,
      publish(event, payload, rooms) {
        const audience = rooms ?? audienceOf(event, payload)
        if (audience !== 'everyone' && audience.length === 0) return
        const projected = [...projections].filter(([room]) => audience === 'everyone' || audience.includes(room))
        const rest = audience === 'everyone' ? io.except(projected.map(([room]) => room)) : io.to([...audience]).except(projected.map(([room]) => room))
        emit(rest, event, payload)
        for (const [room, project] of projected) emit(io.to(room), event, project(event, payload))
      },
      audienceOf,
      addAudience(rule) {
        rules.push(rule)
      },
      setFallbackAudience(audience) {
        fallback = audience
      },
      projectFor(room, project) {
        projections.set(room, project)
      },
    }
    app.decorate('realtime', realtime)

    app.addHook('preClose', async () => {
      clearInterval(heartbeat)
      io.local.disconnectSockets(true)
    })
    app.addHook('onClose', async () => {
      await new Promise<void>((resolve) => {
        io.close(() => resolve())
      })
    })
  },
  { name: 'realtime', dependencies: ['db', 'cluster'], fastify: '5.x' },
)
