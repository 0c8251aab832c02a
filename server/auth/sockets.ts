import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { defaultOrigins } from '../config.ts'
import type { Case } from '@shared/types/case.ts'
import { toWallCase } from '@shared/wall/wall-case.ts'
import type { Audience } from '../realtime/plugin.ts'
import type { Principal } from './access.ts'
import { resolvePrincipal } from './guard.ts'
import { SESSION_COOKIE, type SessionPolicy } from './sessions.ts'
import { loadUnitParents, withAncestors } from './territory.ts'

interface SocketAuth {
  principal: Principal
  cookie?: string
  token: string | null
}

const WALL_ROOMS = ['role:admin', 'role:operator', 'role:reviewer', 'role:display']
const OFFICE_ROOMS = ['role:admin', 'role:operator']

export function roomsOf(p: Principal): string[] {
  return p.role === 'unit' ? [`unit:${(p as { unit_id: string }).unit_id}`] : [`role:${p.role}`]
}

function caseUnitIds(c: Case): string[] {
  const ids = [c.unit.id, ...(c.lead_unit ? [c.lead_unit.id] : []), ...c.cooperating_units.map((u) => u.id)]
  for (const e of c.timeline ?? []) if (e.type === 'forwarded' && typeof (e as { unit_id?: unknown }).unit_id === 'string') ids.push((e as unknown as { unit_id: string }).unit_id)
  return ids
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
  let parents = new Map<string, string | null>()
  const caseUnits = new Map<number, string[]>()
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

  const caseAudience = (caseId: number, fallback: string[]): Audience => {
    const units = withAncestors(caseUnits.get(caseId) ?? fallback, parents)
    return [...WALL_ROOMS, ...[...units].map((u) => `unit:${u}`)]
  }

  app.realtime.audienceOf = (event, payload) => {
    const data = (payload as { data?: unknown }).data as Record<string, unknown> | undefined
    if (event === 'case:created' || event === 'case:updated') {
      const c = data as unknown as Case
      caseUnits.set(c.id, caseUnitIds(c))
      return caseAudience(c.id, [])
    }
    if (event === 'departments:retag_progress') return OFFICE_ROOMS
    // Any event about one case (deadlines, and those other concerns add) follows the case.
    if (typeof data?.case_id === 'number') return caseAudience(data.case_id, typeof data.unit_id === 'string' ? [data.unit_id] : [])
    return WALL_ROOMS
  }

  // A kiosk gets what its wall renders, not who did what (the HTTP routes give it the same, see cases/routes.ts).
  app.realtime.projectFor('role:display', (event, payload) =>
    event === 'case:created' || event === 'case:updated' ? { ...payload, data: toWallCase(payload.data as Case) } : payload,
  )

  app.addHook('onReady', async () => {
    parents = await loadUnitParents(app.db)
    const rows = await app.db.selectFrom('cases').select(['id', 'unit_id', 'lead_unit_id', 'cooperating_unit_ids']).execute()
    const forwards = await app.db.selectFrom('case_events').select(['case_id', 'payload']).where('type', '=', 'forwarded').execute()
    for (const r of rows) caseUnits.set(r.id, [r.unit_id, ...(r.lead_unit_id ? [r.lead_unit_id] : []), ...(JSON.parse(r.cooperating_unit_ids) as string[])])
    for (const f of forwards) {
      const unit = (JSON.parse(f.payload) as { unit_id?: unknown }).unit_id
      if (typeof unit === 'string') caseUnits.get(f.case_id)?.push(unit)
    }
  })

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
