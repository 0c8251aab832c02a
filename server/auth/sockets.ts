import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { defaultOrigins } from '../config.ts'
import type { Case } from '@shared/types/case.ts'
import { toWallCase } from '@shared/wall/wall-case.ts'
import type { Principal } from './access.ts'
import { resolvePrincipal } from './guard.ts'
import { SESSION_COOKIE, type SessionPolicy } from './sessions.ts'
import { DISPLAY_ROOM, WALL_ROOMS, roomsOf } from './rooms.ts'

interface SocketAuth {
  principal: Principal
  cookie?: string
  token: string | null
}

export interface SocketAuthOptions {
  policy: SessionPolicy
  recheckMs: number
  /** YQ_PUBLIC_ORIGIN; null: derived from the host and the port bound. */
  publicOrigins: readonly string[] | null
  host: string
  now: () => Date
}

function refusal(message: string, code: string): Error {
  return Object.assign(new Error(message), { data: { code } })
}

/**
 * Sockets authenticate like HTTP (session cookie or display token), join a room per role or unit,
 * and are re-checked every `recheckMs`, so a revoked token or ended session loses its socket.
 * Every (re)connection runs this, recovered ones included (see server/realtime/recovery-adapter.ts).
 */
export function installSocketAuth(app: FastifyInstance, opts: SocketAuthOptions): { recheck: () => Promise<void> } {
  const { policy } = opts
  const io = app.realtime.io
  const origins = () => opts.publicOrigins ?? defaultOrigins(opts.host, (app.server.address() as AddressInfo).port)
  // Sockets are not a person's use of a session: a tab left open must still time out (idle).
  const lookup = () => ({ now: opts.now(), touch: false })

  io.use((socket, next) => {
    // SameSite cookies do not stop another port of the same host (same site): a page there would
    // open the stream with the admin's cookie. Browsers always send Origin on a socket handshake;
    // clients that send none are not browsers, hold no ambient cookie, and authenticate below.
    const origin = socket.handshake.headers.origin
    if (origin !== undefined && !origins().includes(origin.toLowerCase())) return next(refusal('origin not allowed', 'YQ_ERR_FORBIDDEN'))
    const cookie = app.parseCookie(socket.handshake.headers.cookie ?? '')[SESSION_COOKIE]
    const raw = (socket.handshake.auth as { token?: unknown }).token ?? socket.handshake.query.token
    const token = typeof raw === 'string' && raw !== '' ? raw : null
    resolvePrincipal(app, cookie, token, policy, lookup()).then(
      (principal) => {
        if (!principal) return next(refusal('sign in first', 'YQ_ERR_UNAUTHENTICATED'))
        socket.data = { principal, cookie, token } satisfies SocketAuth
        void socket.join(roomsOf(principal))
        next()
      },
      (err: unknown) => next(err instanceof Error ? err : new Error(String(err))),
    )
  })

  // Events no concern claims (items, stories, sources, triage) are for the staff walls; cases
  // (属地) and classify (re-tag progress) register their own audiences.
  app.realtime.setFallbackAudience(WALL_ROOMS)

  // A kiosk gets what its wall renders, not who did what (the HTTP routes give it the same, see cases/routes.ts).
  app.realtime.projectFor(DISPLAY_ROOM, (event, payload) =>
    event === 'case:created' || event === 'case:updated' ? { ...payload, data: toWallCase(payload.data as Case) } : payload,
  )

  const checkAll = async () => {
    try {
      for (const socket of io.of('/').sockets.values()) {
        const auth = socket.data as SocketAuth | undefined
        if (!auth?.principal) continue
        const now = await resolvePrincipal(app, auth.cookie, auth.token, policy, lookup())
        if (now && now.role === auth.principal.role && roomsOf(now).join() === roomsOf(auth.principal).join()) continue
        // Out of its rooms first, so nothing published before the close completes reaches it.
        for (const room of [...socket.rooms]) if (room !== socket.id) void socket.leave(room)
        socket.disconnect(true)
      }
    } catch (err) {
      app.log.error({ err }, 'socket re-check failed')
    }
  }
  // A caller (a revoke, a role change) must get a check that starts after its call: one that is
  // already running may have looked at its socket before the change. So one runs, one waits.
  let running: Promise<void> | null = null
  let queued: Promise<void> | null = null
  const recheck = (): Promise<void> => {
    if (queued) return queued
    if (!running) {
      running = checkAll().finally(() => (running = null))
      return running
    }
    queued = running.then(() => {
      queued = null
      running = checkAll().finally(() => (running = null))
      return running
    })
    return queued
  }
  const timer = setInterval(() => void recheck(), opts.recheckMs)
  timer.unref()
  app.addHook('preClose', async () => clearInterval(timer))
  return { recheck }
}
