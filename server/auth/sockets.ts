import type { FastifyInstance } from 'fastify'
import type { Case } from '@shared/types/case.ts'
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
  for (const e of c.timeline ?? []) {
    if (e.type !== 'forwarded') continue
    // The unit forwarded from keeps seeing the case whose earlier clocks count for it.
    for (const u of [e.unit_id, e.previous_unit_id]) if (typeof u === 'string') ids.push(u)
  }
  return ids
}

/**
 * Sockets authenticate like HTTP (session cookie or display token), join a room per role or unit,
 * and are re-checked every `recheckMs`, so a revoked token or ended session loses its socket.
 */
export function installSocketAuth(app: FastifyInstance, policy: SessionPolicy, recheckMs: number): { recheck: () => Promise<void> } {
  const io = app.realtime.io
  let parents = new Map<string, string | null>()
  const caseUnits = new Map<number, string[]>()

  io.use((socket, next) => {
    const cookie = app.parseCookie(socket.handshake.headers.cookie ?? '')[SESSION_COOKIE]
    const raw = (socket.handshake.auth as { token?: unknown }).token ?? socket.handshake.query.token
    const token = typeof raw === 'string' && raw !== '' ? raw : null
    resolvePrincipal(app, cookie, token, policy).then(
      (principal) => {
        if (!principal) return next(Object.assign(new Error('sign in first'), { data: { code: 'YQ_ERR_UNAUTHENTICATED' } }))
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

  app.addHook('onReady', async () => {
    parents = await loadUnitParents(app.db)
    const rows = await app.db.selectFrom('cases').select(['id', 'unit_id', 'lead_unit_id', 'cooperating_unit_ids']).execute()
    const forwards = await app.db.selectFrom('case_events').select(['case_id', 'payload']).where('type', '=', 'forwarded').execute()
    for (const r of rows) caseUnits.set(r.id, [r.unit_id, ...(r.lead_unit_id ? [r.lead_unit_id] : []), ...(JSON.parse(r.cooperating_unit_ids) as string[])])
    for (const f of forwards) {
      const payload = JSON.parse(f.payload) as { unit_id?: unknown; previous_unit_id?: unknown }
      for (const unit of [payload.unit_id, payload.previous_unit_id]) if (typeof unit === 'string') caseUnits.get(f.case_id)?.push(unit)
    }
  })

  let running = false
  const recheck = async () => {
    if (running) return
    running = true
    try {
      for (const socket of io.of('/').sockets.values()) {
        const auth = socket.data as SocketAuth | undefined
        if (!auth?.principal) continue
        const now = await resolvePrincipal(app, auth.cookie, auth.token, policy)
        if (!now || now.role !== auth.principal.role || roomsOf(now).join() !== roomsOf(auth.principal).join()) socket.disconnect(true)
      }
    } catch (err) {
      app.log.error({ err }, 'socket re-check failed')
    } finally {
      running = false
    }
  }
  const timer = setInterval(() => void recheck(), recheckMs)
  timer.unref()
  app.addHook('preClose', async () => clearInterval(timer))
  return { recheck }
}
