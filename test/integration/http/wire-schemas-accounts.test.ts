import { describe, expect, it } from 'vitest'
import { CreatedToken, DisplayToken, Me, SignedIn, TokenList, User, UserList } from '@shared/api/accounts.ts'
import { ErrorSchema } from '@shared/api/common.ts'
import { listUsers } from '../../../server/auth/users.ts'
import { rawFetch } from '../../helpers/auth-session.ts'
import { api } from '../../helpers/case-fixtures.ts'
import { startTestApp } from '../../helpers/test-app.ts'
import { closed, problems } from '../../helpers/wire-check.ts'

const PASSWORD = 'a-long-unit-password-01'

describe('the account wire schemas (shared/api/accounts.ts) describe what the server really sends', () => {
  it('sign-in, who-am-I (an account and a kiosk), the account list, an account made and changed, and display tokens match', async () => {
    const { app, baseUrl, config } = await startTestApp()
    const made = await api<User>(baseUrl, 'POST', '/api/users', { username: 'lixia.duty', password: PASSWORD, role: 'unit', unit_id: '370102' })
    expect(made.status).toBe(201)
    expect(problems(User, made.body)).toEqual([])
    const changed = await api<User>(baseUrl, 'PATCH', '/api/users/lixia.duty', { disabled: true })
    expect([changed.status, changed.body.disabled]).toEqual([200, true])
    expect(problems(User, changed.body)).toEqual([])
    const users = await api<UserList>(baseUrl, 'GET', '/api/users')
    expect(users.body.users.map((u) => u.username)).toEqual(expect.arrayContaining(['admin', 'lixia.duty']))
    expect(problems(UserList, users.body)).toEqual([])
    // What the routes serialize is what the store builds: nothing dropped.
    const built = { users: await listUsers(app.db) }
    expect(problems(closed(UserList), built)).toEqual([])
    expect(users.body).toEqual(built)

    const signIn = await rawFetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: config.adminPassword }) })
    const signedIn = (await signIn.json()) as SignedIn
    expect(problems(closed(SignedIn), signedIn)).toEqual([])
    const me = await api<Me>(baseUrl, 'GET', '/api/auth/me')
    expect(me.body).toMatchObject({ user: { username: 'admin', role: 'admin', disabled: false }, role: 'admin' })
    expect(problems(closed(Me), me.body)).toEqual([])

    const token = await api<CreatedToken>(baseUrl, 'POST', '/api/display-tokens', { name: '省网信办大屏' })
    expect(token.status).toBe(201)
    expect(problems(closed(CreatedToken), token.body)).toEqual([])
    const kiosk = await rawFetch(`${baseUrl}/api/auth/me`, { headers: { authorization: `Bearer ${token.body.secret}` } })
    const kioskMe = (await kiosk.json()) as Me
    expect(kioskMe).toEqual({ user: null, role: 'display', csrf_token: null })
    expect(problems(closed(Me), kioskMe)).toEqual([])
    const revoked = await api<DisplayToken>(baseUrl, 'DELETE', `/api/display-tokens/${token.body.token.id}`)
    expect(revoked.body.revoked_at).not.toBeNull()
    expect(problems(closed(DisplayToken), revoked.body)).toEqual([])
    const tokens = await api<TokenList>(baseUrl, 'GET', '/api/display-tokens')
    expect(tokens.body.tokens).toEqual([revoked.body])
    expect(problems(closed(TokenList), tokens.body)).toEqual([])
  })

  it('refusals (a bad sign-in, a bad username, no session) match the shared error schema', async () => {
    const { baseUrl } = await startTestApp()
    const bad = await rawFetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'not-the-password' }) })
    expect(bad.status).toBe(401)
    expect(problems(closed(ErrorSchema), await bad.json())).toEqual([])
    const badName = await api<unknown>(baseUrl, 'POST', '/api/users', { username: 'X!', password: PASSWORD, role: 'operator' })
    expect(badName.status).toBe(400)
    expect(problems(closed(ErrorSchema), badName.body)).toEqual([])
    const anonymous = await rawFetch(`${baseUrl}/api/users`)
    expect(anonymous.status).toBe(401)
    expect(problems(closed(ErrorSchema), await anonymous.json())).toEqual([])
  })
})
