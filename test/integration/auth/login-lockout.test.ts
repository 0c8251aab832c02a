import http from 'node:http'
import { describe, expect, it } from 'vitest'
import { rawFetch, sessionHeaders } from '../../helpers/auth-session.ts'
import { makeRoleWorld, PASSWORD } from '../../helpers/roles.ts'
import { startTestApp, tempDataDir, type TestApp } from '../../helpers/test-app.ts'

/** POSTs from a chosen loopback address: the whole 127.0.0.0/8 reaches a server on 127.0.0.1. */
function from(address: string) {
  return (t: TestApp, path: string, body: unknown, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; code?: string; message?: string }>((resolve, reject) => {
      const req = http.request(`${t.baseUrl}${path}`, { method: 'POST', localAddress: address, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
        let text = ''
        res.on('data', (chunk: Buffer) => (text += chunk.toString()))
        res.on('end', () => {
          const json = JSON.parse(text || '{}') as { code?: string; message?: string }
          resolve({ status: res.statusCode!, code: json.code, message: json.message })
        })
      })
      req.on('error', reject)
      req.end(JSON.stringify(body))
    })
}

const login = (t: TestApp, username: string, password: string, address = '127.0.0.1') => from(address)(t, '/api/auth/login', { username, password })

describe('sign-in lockout', () => {
  it('an unknown username answers exactly like an existing one: five 401s, then 429 locked with the same wait', async () => {
    const t = await startTestApp()
    const answers = async (username: string) => {
      const out = []
      for (let i = 0; i < 6; i++) out.push(await login(t, username, `wrong-guess-${i}-xx`))
      return out.map((a) => [a.status, a.code, a.message?.replace(/\d+ s/, 'N s')])
    }
    const admin = await answers('admin')
    const ghost = await answers('ghost')
    expect(admin.slice(0, 5)).toEqual(Array(5).fill([401, 'YQ_ERR_LOGIN_FAILED', 'wrong username or password']))
    expect(admin[5]).toEqual([429, 'YQ_ERR_LOGIN_LOCKED', 'too many failed sign-ins: try again in N s'])
    expect(ghost).toEqual(admin)
  })

  it('an attacker keeping admin locked from one address does not lock the admin out from their own', async () => {
    const t = await startTestApp()
    for (let i = 0; i < 8; i++) await login(t, 'admin', `wrong-guess-${i}-xx`, '127.0.0.2')
    expect((await login(t, 'admin', t.config.adminPassword!, '127.0.0.2')).status).toBe(429)
    expect((await login(t, 'admin', t.config.adminPassword!, '127.0.0.3')).status).toBe(200)
  })

  it('a lock is short and grows with each further failure, and quiet time forgets the count', async () => {
    let aheadMs = 0
    const t = await startTestApp({}, tempDataDir(), { now: () => new Date(Date.now() + aheadMs) })
    for (let i = 0; i < 5; i++) await login(t, 'admin', `wrong-guess-${i}-xx`)
    expect((await login(t, 'admin', t.config.adminPassword!)).message).toMatch(/try again in (2\d|30) s/)
    aheadMs += 31_000
    // The lock has lifted: the guess is checked (and wrong), and the next lock is twice as long.
    expect((await login(t, 'admin', 'wrong-guess-6-xx')).status).toBe(401)
    expect((await login(t, 'admin', t.config.adminPassword!)).message).toMatch(/try again in (5\d|60) s/)
    // An hour without failures: five free attempts again, and the right password works.
    aheadMs += 3_600_000
    for (let i = 0; i < 4; i++) expect((await login(t, 'admin', `wrong-guess-${i}-yy`)).status).toBe(401)
    expect((await login(t, 'admin', t.config.adminPassword!)).status).toBe(200)
  })
})

describe('POST /api/auth/password', () => {
  it('locks after five wrong current passwords, like sign-in, so a stolen session cannot guess the password', async () => {
    const t = await startTestApp()
    await makeRoleWorld(t)
    const session = await t.login('operator', PASSWORD)
    const change = (current: string) => from('127.0.0.1')(t, '/api/auth/password', { current_password: current, new_password: 'operator-new-pass' }, sessionHeaders(session, 'POST'))
    for (let i = 0; i < 5; i++) expect((await change(`wrong-current-${i}`)).status).toBe(403)
    expect(await change(PASSWORD)).toMatchObject({ status: 429, code: 'YQ_ERR_LOGIN_LOCKED' })
    // The lock is the sign-in's own: the same address cannot sign in as that account either.
    expect((await login(t, 'operator', PASSWORD)).status).toBe(429)
  })

  it('refuses a common or trivial new password with YQ_ERR_WEAK_PASSWORD and a reason in Chinese, keeping the old one', async () => {
    const t = await startTestApp()
    for (const weak of ['password123', '13805310000', 'admin2024!!']) {
      const res = await from('127.0.0.1')(t, '/api/auth/password', { current_password: t.config.adminPassword, new_password: weak }, sessionHeaders(t.admin, 'POST'))
      expect(res).toMatchObject({ status: 400, code: 'YQ_ERR_WEAK_PASSWORD', message: expect.stringMatching(/[\u4e00-\u9fff]/) })
    }
    expect((await login(t, 'admin', t.config.adminPassword!)).status).toBe(200)
  })

  it('answers 429 past the per-address rate limit', async () => {
    const t = await startTestApp({ YQ_LOGIN_RATE_MAX: '3' })
    const change = () => rawFetch(`${t.baseUrl}/api/auth/password`, { method: 'POST', headers: { ...sessionHeaders(t.admin, 'POST'), 'content-type': 'application/json' }, body: JSON.stringify({ current_password: 'wrong-current', new_password: 'admin-new-password-1' }) })
    const statuses = []
    for (let i = 0; i < 4; i++) statuses.push((await change()).status)
    expect(statuses).toEqual([403, 403, 403, 429])
  })
})
