import { execFile } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { ensureFirstAdmin } from '../../../server/auth/first-admin.ts'
import { setScryptCost } from '../../../server/auth/password.ts'
import { openDatabase } from '../../../server/db/plugin.ts'
import { allMigrations } from '../../../server/migrations.ts'
import { login, rawFetch, sessionHeaders } from '../../helpers/auth-session.ts'
import { makeRoleWorld, PASSWORD } from '../../helpers/roles.ts'
import { startTestApp, tempDataDir, testStore, type TestApp } from '../../helpers/test-app.ts'

function post(t: TestApp, p: string, body: unknown, headers: Record<string, string> = {}) {
  return rawFetch(`${t.baseUrl}${p}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
}

async function events(t: TestApp, type: string) {
  return t.app.db.selectFrom('events').selectAll().where('type', '=', type).execute()
}

describe('POST /api/auth/login', () => {
  it('POST /api/auth/login sets an HttpOnly SameSite=Strict cookie, audits success and failure, and never stores the password', async () => {
    const t = await startTestApp()
    const bad = await post(t, '/api/auth/login', { username: 'admin', password: 'not-the-password' })
    expect([bad.status, ((await bad.json()) as { code: string }).code]).toEqual([401, 'YQ_ERR_LOGIN_FAILED'])
    const unknown = await post(t, '/api/auth/login', { username: 'ghost', password: 'not-the-password' })
    expect(((await unknown.json()) as { message: string }).message).toBe('wrong username or password')
    const ok = await post(t, '/api/auth/login', { username: 'admin', password: t.config.adminPassword })
    expect(ok.headers.get('set-cookie')).toMatch(/^yq_session=[\w-]+;.*HttpOnly;.*SameSite=Strict/)
    expect(ok.headers.get('content-security-policy')).toContain("script-src 'self'")
    const failed = await events(t, 'auth.login_failed')
    expect(failed.map((e) => JSON.parse(e.payload).reason)).toEqual(['wrong_password', 'unknown_user'])
    expect((await events(t, 'auth.login')).length).toBe(2) // the helper's and this one
    const everything = JSON.stringify(await t.app.db.selectFrom('events').selectAll().execute())
    expect(everything).not.toContain('not-the-password')
    expect(everything).not.toContain(t.config.adminPassword!)
  })

  it('POST /api/auth/login locks an account after 5 failures with a growing wait, even for the right password', async () => {
    const t = await startTestApp()
    for (let i = 0; i < 5; i++) expect((await post(t, '/api/auth/login', { username: 'admin', password: `wrong-${i}-xxxxxxxx` })).status).toBe(401)
    const locked = await post(t, '/api/auth/login', { username: 'admin', password: t.config.adminPassword })
    const body = (await locked.json()) as { code: string; message: string }
    expect([locked.status, body.code]).toEqual([429, 'YQ_ERR_LOGIN_LOCKED'])
    expect(body.message).toMatch(/try again in (2\d|30) s/)
    // An admin reset clears the lock.
    const reset = await rawFetch(`${t.baseUrl}/api/users/admin`, { method: 'PATCH', headers: { ...sessionHeaders(t.admin, 'PATCH'), 'content-type': 'application/json' }, body: JSON.stringify({ password: 'a-new-admin-password' }) })
    expect(reset.status).toBe(200)
    expect((await post(t, '/api/auth/login', { username: 'admin', password: 'a-new-admin-password' })).status).toBe(200)
  })

  it('POST /api/auth/login answers 429 past the per-address rate limit', async () => {
    const t = await startTestApp({ YQ_LOGIN_RATE_MAX: '3' })
    const statuses = []
    for (let i = 0; i < 4; i++) statuses.push((await post(t, '/api/auth/login', { username: 'nobody', password: 'whatever-password' })).status)
    // The helper's own sign-in used the first of the three.
    expect(statuses).toEqual([401, 401, 429, 429])
  })

  it('POST /api/auth/login refuses hostile bodies with 400 and stores nothing', async () => {
    const t = await startTestApp()
    for (const body of [{ username: 'a'.repeat(201), password: 'x' }, { username: 'admin' }, { username: 'admin', password: 'x', role: 'admin' }, 'not json']) {
      const res = await rawFetch(`${t.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) })
      expect(res.status).toBe(400)
    }
    expect((await events(t, 'auth.login_failed')).length).toBe(0)
  })
})

describe('sessions', () => {
  it('a cookie-authenticated write without the right x-csrf-token is refused with 403 and changes nothing', async () => {
    const t = await startTestApp()
    const body = JSON.stringify({ username: 'newop', password: PASSWORD, role: 'operator' })
    for (const csrf of [undefined, 'forged-token']) {
      const res = await rawFetch(`${t.baseUrl}/api/users`, { method: 'POST', headers: { cookie: t.admin.cookie, 'content-type': 'application/json', ...(csrf ? { 'x-csrf-token': csrf } : {}) }, body })
      expect([res.status, ((await res.json()) as { code: string }).code]).toEqual([403, 'YQ_ERR_CSRF'])
    }
    expect((await t.app.db.selectFrom('users').select('username').execute()).map((u) => u.username)).toEqual(['admin'])
  })

  it('a session ends after the idle time, after the absolute time, and on logout', async () => {
    const t = await startTestApp({ YQ_SESSION_IDLE_MIN: '30', YQ_SESSION_ABSOLUTE_H: '8' })
    const me = (s: { cookie: string }) => rawFetch(`${t.baseUrl}/api/auth/me`, { headers: { cookie: s.cookie } }).then((r) => r.status)
    const idle = await t.login('admin', t.config.adminPassword!)
    const old = await t.login('admin', t.config.adminPassword!)
    const out = await t.login('admin', t.config.adminPassword!)
    expect([await me(idle), await me(old), await me(out)]).toEqual([200, 200, 200])
    const ago = (ms: number) => new Date(Date.now() - ms).toISOString()
    const hash = async (cookie: string) => (await import('../../../server/auth/sessions.ts')).sha256(cookie.split('=')[1]!)
    await t.app.db.updateTable('sessions').set({ last_seen_at: ago(31 * 60_000) }).where('token_hash', '=', await hash(idle.cookie)).execute()
    await t.app.db.updateTable('sessions').set({ created_at: ago(8 * 3_600_000 + 1000) }).where('token_hash', '=', await hash(old.cookie)).execute()
    expect((await rawFetch(`${t.baseUrl}/api/auth/logout`, { method: 'POST', headers: sessionHeaders(out, 'POST') })).status).toBe(204)
    expect([await me(idle), await me(old), await me(out)]).toEqual([401, 401, 401])
    expect(await me(t.admin)).toBe(200)
  })

  it('POST /api/auth/password needs the current password and ends every session of the account', async () => {
    const t = await startTestApp()
    const w = await makeRoleWorld(t)
    const other = await t.login('operator', PASSWORD)
    const wrong = await post(t, '/api/auth/password', { current_password: 'not-it-at-all', new_password: 'operator-new-pass' }, sessionHeaders(w.sessions.operator, 'POST'))
    // Its own code, not LOGIN_FAILED's 401: the page says the current password is wrong and keeps the session.
    expect([wrong.status, ((await wrong.json()) as { code: string }).code]).toEqual([403, 'YQ_ERR_WRONG_CURRENT_PASSWORD'])
    const weak = await post(t, '/api/auth/password', { current_password: PASSWORD, new_password: 'short' }, sessionHeaders(w.sessions.operator, 'POST'))
    expect([weak.status, ((await weak.json()) as { code: string }).code]).toEqual([400, 'YQ_ERR_WEAK_PASSWORD'])
    const ok = await post(t, '/api/auth/password', { current_password: PASSWORD, new_password: 'operator-new-pass' }, sessionHeaders(w.sessions.operator, 'POST'))
    expect(ok.status).toBe(204)
    expect((await rawFetch(`${t.baseUrl}/api/auth/me`, { headers: { cookie: other.cookie } })).status).toBe(401)
    await expect(login(t.baseUrl, 'operator', PASSWORD)).rejects.toThrow('401')
    expect((await login(t.baseUrl, 'operator', 'operator-new-pass')).user.role).toBe('operator')
  })

  it('POST /api/users refuses a malformed username with its own code (400), not FORBIDDEN, and adds no one', async () => {
    const t = await startTestApp()
    for (const username of ['-starts-with-dash', 'a', 'UPPER CASE', '中文名']) {
      const res = await post(t, '/api/users', { username, password: 'long-enough-password-1', role: 'operator' }, sessionHeaders(t.admin, 'POST'))
      const body = (await res.json()) as { code: string; message: string }
      expect([res.status, body.code]).toEqual([400, 'YQ_ERR_BAD_USERNAME'])
      expect(body.message).toMatch(/username/)
    }
    const users = (await (await rawFetch(`${t.baseUrl}/api/users`, { headers: sessionHeaders(t.admin) })).json()) as { users: { username: string }[] }
    expect(users.users.map((u) => u.username)).toEqual(['admin'])
  })

  it('PATCH /api/users/:username changing a role is audited and ends that user’s sessions; a unit role needs a real unit', async () => {
    const t = await startTestApp()
    const w = await makeRoleWorld(t)
    const patch = (body: unknown) => rawFetch(`${t.baseUrl}/api/users/lixia`, { method: 'PATCH', headers: { ...sessionHeaders(t.admin, 'PATCH'), 'content-type': 'application/json' }, body: JSON.stringify(body) })
    expect((await patch({ unit_id: '999999' })).status).toBe(400)
    expect((await patch({ role: 'reviewer', unit_id: null })).status).toBe(200)
    const changed = await events(t, 'user.role_changed')
    expect(changed.map((e) => [e.actor, JSON.parse(e.payload).to])).toEqual([['admin', { role: 'reviewer', unit_id: null }]])
    expect((await rawFetch(`${t.baseUrl}/api/auth/me`, { headers: { cookie: w.sessions.unit.cookie } })).status).toBe(401)
  })
})

describe('first admin and the user CLI', () => {
  it('ensureFirstAdmin() without YQ_ADMIN_PASSWORD generates a password, prints it once, and signs in with it', async () => {
    setScryptCost(10)
    const db = await openDatabase(await testStore(tempDataDir(), 'yq.sqlite'), allMigrations)
    const printed: string[] = []
    const log = { info: () => undefined } as never
    await ensureFirstAdmin(db, null, log, (line) => printed.push(line))
    await ensureFirstAdmin(db, null, log, (line) => printed.push(line))
    expect(printed.length).toBe(1)
    const password = /password: (\S+)/.exec(printed[0]!)![1]!
    const { verifyPassword } = await import('../../../server/auth/password.ts')
    const row = await db.selectFrom('users').selectAll().executeTakeFirstOrThrow()
    expect(await verifyPassword(password, row.password_hash)).toBe(true)
    await db.destroy()
  })

  it('npm run user -- add / disable works on the running server’s database: the new account signs in, the disabled one no longer', async () => {
    const t = await startTestApp()
    const env = { ...process.env, YQ_DATA_DIR: t.config.dataDir, YQ_SCRYPT_LOG_N: '10', ...(t.config.databaseUrl ? { YQ_DATABASE_URL: t.config.databaseUrl } : {}) }
    // Asynchronous: the server runs in this process, and a blocked event loop let its keep-alive
    // timer close the client's idle connection just as the next request reused it (ECONNRESET).
    const cli = (args: string[], input = '') =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = execFile(process.execPath, ['--import', 'tsx', 'server/cli/user.ts', ...args], { env, encoding: 'utf8' }, (err, stdout, stderr) =>
          resolve({ status: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr }),
        )
        child.stdin?.end(input)
      })
    const added = await cli(['add', 'shinan', '--role', 'unit', '--unit', '370202'], 'shinan-password-1\n')
    expect(added.status).toBe(0)
    expect(JSON.parse(added.stdout)).toMatchObject({ username: 'shinan', role: 'unit', unit_id: '370202' })
    const session = await t.login('shinan', 'shinan-password-1')
    const bad = await cli(['add', 'xy', '--role', 'unit', '--unit', 'nowhere'], 'some-password-1\n')
    expect([bad.status, bad.stderr]).toEqual([1, 'user: no unit nowhere\n'])
    expect((await cli(['disable', 'shinan'])).status).toBe(0)
    expect((await rawFetch(`${t.baseUrl}/api/auth/me`, { headers: { cookie: session.cookie } })).status).toBe(401)
    await expect(t.login('shinan', 'shinan-password-1')).rejects.toThrow('401')
  })
})
