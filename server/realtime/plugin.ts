import fp from 'fastify-plugin'
import { Server } from 'socket.io'
import { HEARTBEAT_INTERVAL_MS, type ClientToServerEvents, type Envelope, type ServerToClientEvents } from '@shared/realtime/events.ts'
import { lastEventSeq } from '../db/event-log.ts'
import { RecheckedRecoveryAdapter, type ResumePoint } from './recovery-adapter.ts'

type Payload<E extends keyof ServerToClientEvents> = Parameters<ServerToClientEvents[E]>[0]
type EnvelopedEvent = {
  [E in keyof ServerToClientEvents]: Payload<E> extends Envelope<unknown> ? E : never
}[keyof ServerToClientEvents]

/** The socket.io rooms an event goes to, or everyone; the auth concern decides (属地). */
export type Audience = readonly string[] | 'everyone'

export interface Realtime {
  io: Server<ClientToServerEvents, ServerToClientEvents>
  /**
   * Publishes a committed change. Call only after the transaction that stored it has committed.
   * Without `rooms` the audience is derived from the event and its payload by `audienceOf`.
   */
  publish<E extends EnvelopedEvent>(event: E, payload: Payload<E>, rooms?: readonly string[]): void
  /** Replaced by the auth concern; until then (or without it) every socket gets every event. */
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
      adapter: RecheckedRecoveryAdapter as never,
    })
    const adapter = io.of('/').adapter as unknown as RecheckedRecoveryAdapter
    const resumes = new WeakMap<object, string>()

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
      if (resumeFrom !== undefined) {
        const missed = adapter.missedSince(resumeFrom, socket.rooms)
        // The log moved past the offset meanwhile: a clean disconnect makes the client reconnect fresh and resync.
        if (!missed) return void socket.disconnect(true)
        for (const packet of missed) (socket.emit as (...args: unknown[]) => void)(...packet)
      }
      void lastEventSeq(app.db).then((seq) => {
        socket.emit('server:hello', { now: new Date().toISOString(), build: app.buildId, seq })
      })
    })

    // Walls must tell a quiet night from a dead link: the heartbeat says "still here, at seq N".
    const heartbeat = setInterval(() => {
      void lastEventSeq(app.db)
        .then((seq) => io.emit('server:heartbeat', { now: new Date().toISOString(), build: app.buildId, seq }))
        .catch((err: unknown) => app.log.warn({ err }, 'heartbeat skipped'))
    }, HEARTBEAT_INTERVAL_MS)
    heartbeat.unref()

    const projections = new Map<string, (event: string, payload: Envelope<unknown>) => Envelope<unknown>>()
    // socket.io's typed emit cannot follow the mapped union; the event map keeps callers honest.
    const emit = (target: { emit: unknown }, event: string, payload: unknown) => (target.emit as (e: string, p: unknown) => void).call(target, event, payload)

    const realtime: Realtime = {
      io,
      publish(event, payload, rooms) {
        const audience = rooms ?? realtime.audienceOf(event, payload)
        if (audience !== 'everyone' && audience.length === 0) return
        const projected = [...projections].filter(([room]) => audience === 'everyone' || audience.includes(room))
        const rest = audience === 'everyone' ? io.except(projected.map(([room]) => room)) : io.to([...audience]).except(projected.map(([room]) => room))
        emit(rest, event, payload)
        for (const [room, project] of projected) emit(io.to(room), event, project(event, payload))
      },
      audienceOf: () => 'everyone',
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
  { name: 'realtime', dependencies: ['db'], fastify: '5.x' },
)
