import { timingSafeEqual } from 'node:crypto'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { ErrorCode, YqError } from '@shared/errors.ts'
import { mustDeclare, type Access, type Principal } from './access.ts'
import { resolveDisplayToken, resolveSession, SESSION_COOKIE, type SessionPolicy } from './sessions.ts'
import { canSeeCase } from '../cases/index.ts'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** `?token=` (kiosk link) or `Authorization: Bearer …`; only ever a display token. */
export function displayTokenOf(req: FastifyRequest): string | null {
  const auth = req.headers.authorization
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim() || null
  const q = req.query as Record<string, unknown> | undefined
  const token = q?.token
  // Taken out so strict query schemas (additionalProperties: false) still validate the rest.
  if (q && 'token' in q) delete q.token
  return typeof token === 'string' && token !== '' ? token : null
}

/** How a principal is looked up: the clock, and whether this counts as the session's use (HTTP does, sockets do not). */
export interface Lookup {
  now: Date
  touch: boolean
}

export async function resolvePrincipal(app: FastifyInstance, cookie: string | undefined, displayToken: string | null, policy: SessionPolicy, lookup: Lookup): Promise<Principal | null> {
  if (cookie) {
    const s = await resolveSession(app.db, cookie, policy, lookup.now, lookup.touch)
    if (s) return { kind: 'session', role: s.role, user_id: s.user_id, username: s.username, unit_id: s.unit_id, csrf_token: s.csrf_token, token_hash: s.token_hash }
  }
  if (displayToken) {
    const t = await resolveDisplayToken(app.db, displayToken, lookup.now)
    if (t) return { kind: 'display', role: 'display', token_id: t.id, username: `display:${t.name}` }
  }
  return null
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/** The declared access, or admin-only for an /api route that forgot to declare (deny by default). */
export function accessOf(req: FastifyRequest): Access {
  const declared = req.routeOptions.config?.access
  if (declared) return declared
  return req.routeOptions.url && mustDeclare(req.routeOptions.url) ? { roles: ['admin'] } : 'public'
}

/** The one place authorisation happens: every HTTP request passes these two hooks. */
export function installGuard(app: FastifyInstance, policy: SessionPolicy, now: () => Date): void {
  app.decorateRequest('principal', null)

  app.addHook('onRequest', async (req) => {
    req.principal = await resolvePrincipal(app, req.cookies[SESSION_COOKIE], displayTokenOf(req), policy, { now: now(), touch: true })
    const access = accessOf(req)
    if (access === 'public') return
    const p = req.principal
    if (!p) throw new YqError(ErrorCode.UNAUTHENTICATED, 'sign in first', 401)
    if (!access.roles.includes(p.role)) throw new YqError(ErrorCode.FORBIDDEN, `the ${p.role} role may not do this`, 403)
    if (SAFE_METHODS.has(req.method)) return
    // A kiosk token opens a read-only wall, whatever a route declares.
    if (p.kind === 'display') throw new YqError(ErrorCode.FORBIDDEN, 'a display token is read-only', 403)
    const sent = req.headers['x-csrf-token']
    if (typeof sent !== 'string' || !sameToken(sent, p.csrf_token)) throw new YqError(ErrorCode.CSRF, 'missing or wrong x-csrf-token header', 403)
  })

  // After validation, so `:id` is a number; a case outside the territory looks exactly like a missing one.
  app.addHook('preHandler', async (req) => {
    const access = accessOf(req)
    const p = req.principal
    if (access === 'public' || access.scope !== 'case' || p?.role !== 'unit') return
    const id = Number((req.params as { id?: unknown }).id)
    if (!Number.isInteger(id) || !(await canSeeCase(app.db, p.unit_id!, id))) throw new YqError(ErrorCode.CASE_NOT_FOUND, `no case ${String((req.params as { id?: unknown }).id)}`, 404)
  })
}
