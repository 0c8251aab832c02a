import { describe, expect, it } from 'vitest'
import { EVENT_FILING_ROLES, eventsFiledBy } from '@shared/policy/event-permissions.ts'
import { mustDeclare } from '../../../server/auth/access.ts'
import { rawFetch } from '../../helpers/auth-session.ts'
import { makeRoleWorld, ROLE_NAMES, type RoleName } from '../../helpers/roles.ts'
import { startTestApp } from '../../helpers/test-app.ts'

type Allowed = 'public' | readonly Exclude<RoleName, 'anonymous'>[]
const ALL = ['admin', 'operator', 'unit', 'reviewer', 'display'] as const
const ACCOUNTS = ['admin', 'operator', 'unit', 'reviewer'] as const
const WALL = ['admin', 'operator', 'reviewer', 'display'] as const
const STAFF = ['admin', 'operator', 'reviewer'] as const

/**
 * Who may call each API route. A route the app has that is missing here fails the test below:
 * declare its access in its route options (`...allow([...])` from server/auth/access.ts) and add it here.
 */
const SPEC: Record<string, Allowed> = {
  'GET /api/health': 'public',
  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': ACCOUNTS,
  'GET /api/auth/me': ALL,
  'POST /api/auth/password': ACCOUNTS,
  'GET /api/users': ['admin'],
  'POST /api/users': ['admin'],
  'PATCH /api/users/:username': ['admin'],
  'GET /api/display-tokens': ['admin'],
  'POST /api/display-tokens': ['admin'],
  'DELETE /api/display-tokens/:id': ['admin'],
  'GET /api/sources': WALL,
  'POST /api/sources': ['admin'],
  'POST /api/sources/:id/poll': ['admin', 'operator'],
  'POST /api/sources/test': ['admin'],
  'PATCH /api/sources/:id': ['admin'],
  'DELETE /api/sources/:id': ['admin'],
  'POST /api/sources/:id/token': ['admin'],
  'GET /api/items': ALL,
  'GET /api/departments': ['admin', 'operator', 'reviewer'],
  'PUT /api/departments': ['admin'],
  'POST /api/departments/preview': ['admin'],
  'GET /api/departments/corrections': ['admin'],
  'GET /api/units': ALL,
  'PATCH /api/units/:id': ['admin'],
  'GET /api/policy': STAFF,
  'GET /api/cases': ALL,
  'GET /api/cases.csv': ALL,
  'POST /api/cases': ['admin', 'operator'],
  'GET /api/cases/:id': ALL,
  'PATCH /api/cases/:id': ['admin', 'operator'],
  // A reviewer files `flagged` (and 备注): shared/policy/event-permissions.ts, which the route derives its roles from.
  'POST /api/cases/:id/events': ACCOUNTS,
  'POST /api/sources/:id/push': 'public',
  'GET /api/stories': WALL,
  'GET /api/wall/summary': WALL,
  'GET /api/review/timeliness': STAFF,
  'GET /api/review/bulletin': STAFF,
  'GET /api/review/bulletins': STAFF,
  'POST /api/review/bulletins': ['admin', 'reviewer'],
  'GET /api/review/checks': STAFF,
  'POST /api/review/checks': ['admin', 'reviewer'],
  'GET /api/review/checks/:id': STAFF,
  'POST /api/review/checks/:id/result': ['admin', 'reviewer'],
  'GET /api/triage/queue': ['admin', 'operator'],
  'GET /api/triage/counts': ['admin', 'operator'],
  'POST /api/triage/claims': ['admin', 'operator'],
  'POST /api/triage/release': ['admin', 'operator'],
  'POST /api/triage/open': ['admin', 'operator'],
  'POST /api/triage/link': ['admin', 'operator'],
  'POST /api/triage/dismiss': ['admin', 'operator'],
  'POST /api/triage/watch': ['admin', 'operator'],
  'POST /api/triage/undo': ['admin', 'operator'],
  'GET /api/triage/cases': ['admin', 'operator'],
  'GET /api/triage/major': WALL,
  'GET /api/notify/channels': ACCOUNTS,
  'POST /api/notify/channels': ACCOUNTS,
  'PATCH /api/notify/channels/:id': ACCOUNTS,
  'DELETE /api/notify/channels/:id': ACCOUNTS,
  'POST /api/notify/channels/test': ACCOUNTS,
  'POST /api/notify/channels/:id/test': ACCOUNTS,
  'GET /api/notify/deliveries': ['admin', 'operator'],
  'POST /api/notify/deliveries/:id/retry': ['admin', 'operator'],
  'GET /api/notify/rules': ACCOUNTS,
  'PUT /api/notify/rules': ACCOUNTS,
}

/** Public pages and files outside /api: the built client and the demo feed. */
const PUBLIC_OUTSIDE_API = [/^\/$/, /^\/(wall|triage|review|cases|login)$/, /^\/cases\/:id$/, /^\/review\/[a-z-]+$/, /^\/admin\/[a-z-]+$/, /^\/me\/[a-z-]+$/, /^\/assets\//, /^\/demo\//, /^\/[\w.-]+$/]

/** Harmless requests: invalid bodies and unknown ids, so an allowed call passes the guard and changes nothing. */
function request(key: string, caseId: number, role: RoleName): { path: string; body?: unknown } {
  const [method, url] = key.split(' ') as [string, string]
  const path = url.replace(':id', url.startsWith('/api/cases') ? String(caseId) : '999999').replace(':username', 'nobody')
  // An event type the role may file, so the row tests the route's access, not the event matrix.
  if (key === 'POST /api/cases/:id/events') return { path, body: { type: role === 'anonymous' ? 'assessment' : (eventsFiledBy(role)[0] ?? 'assessment'), at: 'not a time' } }
  if (key === 'POST /api/auth/password') return { path, body: { current_password: 'wrong-password', new_password: 'x' } }
  return { path, body: method === 'GET' || method === 'DELETE' ? undefined : {} }
}

const GUARD_CODES = ['YQ_ERR_UNAUTHENTICATED', 'YQ_ERR_FORBIDDEN', 'YQ_ERR_CSRF']

describe('access table', () => {
  it('the events route admits exactly the roles the event matrix lets file something', () => {
    expect([...EVENT_FILING_ROLES]).toEqual(SPEC['POST /api/cases/:id/events'])
  })

  it('every route declares its access and every API route is in the table, so a new undeclared route fails here', async () => {
    const { app } = await startTestApp()
    const routes = app.auth.routes.filter((r) => r.method !== 'HEAD')
    const api = routes.filter((r) => mustDeclare(r.url))
    expect(api.filter((r) => !r.declared).map((r) => `${r.method} ${r.url}`)).toEqual([])
    expect(api.map((r) => `${r.method} ${r.url}`).filter((k) => !(k in SPEC))).toEqual([])
    expect(Object.keys(SPEC).filter((k) => !api.some((r) => `${r.method} ${r.url}` === k))).toEqual([])
    expect(routes.filter((r) => !mustDeclare(r.url) && !PUBLIC_OUTSIDE_API.some((p) => p.test(r.url))).map((r) => r.url)).toEqual([])
  })

  it('every API route × every role is allowed or refused as the table says (401 anonymous, 403 wrong role)', async () => {
    const t = await startTestApp()
    const world = await makeRoleWorld(t)
    const keys = t.app.auth.routes.filter((r) => r.method !== 'HEAD' && mustDeclare(r.url)).map((r) => `${r.method} ${r.url}`)
    const mismatches: string[] = []
    for (const key of keys) {
      const allowed = SPEC[key]!
      for (const role of ROLE_NAMES) {
        const [method] = key.split(' ') as [string]
        const { path, body } = request(key, world.lixia.id, role)
        // Logging out ends the session the next rows use: give that row its own.
        const headers = key === 'POST /api/auth/logout' && role !== 'anonymous' && role !== 'display' ? await freshHeaders(t, role) : world.headers(role, method)
        const res = await rawFetch(`${t.baseUrl}${path}`, {
          method,
          headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        })
        const json = (await res.json().catch(() => ({}))) as { code?: string }
        const refused = GUARD_CODES.includes(json.code ?? '') ? res.status : 'allowed'
        const expected = allowed === 'public' || (role !== 'anonymous' && allowed.includes(role)) ? 'allowed' : role === 'anonymous' ? 401 : 403
        if (refused !== expected) mismatches.push(`${key} as ${role}: expected ${expected}, got ${refused} (${res.status} ${json.code ?? ''})`)
      }
    }
    expect(mismatches).toEqual([])
  })
})

async function freshHeaders(t: Awaited<ReturnType<typeof startTestApp>>, role: 'admin' | 'operator' | 'unit' | 'reviewer'): Promise<Record<string, string>> {
  const username = { admin: 'admin', operator: 'operator', unit: 'lixia', reviewer: 'reviewer' }[role]
  const password = role === 'admin' ? t.config.adminPassword! : 'role-password-0001'
  return t.as(await t.login(username, password), 'POST')
}
