import { onTestFinished } from 'vitest'

/** The password test servers give `admin` (YQ_ADMIN_PASSWORD in their env). */
export const TEST_ADMIN_PASSWORD = 'test-admin-password-0001'

export interface Session {
  /** `yq_session=…`, ready for a Cookie header. */
  cookie: string
  csrf_token: string
  user: { id: number; username: string; role: string; unit_id: string | null }
}

/** The fetch the helpers wrap; tests that must be anonymous call it directly. */
export const rawFetch: typeof fetch = globalThis.fetch.bind(globalThis)

/** Signs in through the real login route. */
export async function login(baseUrl: string, username: string, password: string): Promise<Session> {
  const res = await rawFetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  })
  if (res.status !== 200) throw new Error(`login ${username}: HTTP ${res.status} ${await res.text()}`)
  const body = (await res.json()) as { user: Session['user']; csrf_token: string }
  const setCookie = res.headers.get('set-cookie') ?? ''
  const cookie = setCookie.split(';')[0]!
  return { cookie, csrf_token: body.csrf_token, user: body.user }
}

/** Headers a signed-in browser would send: the cookie always, the CSRF token on writes. */
export function sessionHeaders(session: Session, method = 'GET'): Record<string, string> {
  return method === 'GET' || method === 'HEAD' ? { cookie: session.cookie } : { cookie: session.cookie, 'x-csrf-token': session.csrf_token }
}

/**
 * baseUrl → the admin session plain `fetch` uses there. Tests written before accounts existed call
 * `fetch(baseUrl + …)` and keep working as the admin; a request that sets its own cookie or
 * authorization header is left alone, and `rawFetch` is never touched.
 */
const adminSessions = new Map<string, Session>()

export function adminSessionFor(baseUrl: string): Session | undefined {
  return adminSessions.get(baseUrl)
}

/** Outside a test (screenshot scripts): the session stays for the life of the process. */
export function setAdminSession(baseUrl: string, session: Session): void {
  adminSessions.set(baseUrl, session)
}

export function registerAdminSession(baseUrl: string, session: Session): void {
  setAdminSession(baseUrl, session)
  onTestFinished(() => {
    if (adminSessions.get(baseUrl) === session) adminSessions.delete(baseUrl)
  })
}

function urlOf(input: Parameters<typeof fetch>[0]): string {
  return typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
}

const wrapped: typeof fetch = (input, init) => {
  const url = urlOf(input)
  const session = [...adminSessions.entries()].find(([base]) => url.startsWith(`${base}/`) || url === base)?.[1]
  if (!session || input instanceof Request) return rawFetch(input, init)
  const headers = new Headers(init?.headers)
  if (headers.has('cookie') || headers.has('authorization')) return rawFetch(input, init)
  for (const [k, v] of Object.entries(sessionHeaders(session, (init?.method ?? 'GET').toUpperCase()))) headers.set(k, v)
  return rawFetch(input, { ...init, headers })
}
globalThis.fetch = wrapped
