import { describe, expect, it } from 'vitest'
import { rawFetch } from '../../helpers/auth-session.ts'
import { connectSocket } from '../../helpers/socket-client.ts'
import { startTestApp, tempDataDir } from '../../helpers/test-app.ts'

describe('session idle timeout with a tab open', () => {
  it('an open socket does not keep its session alive: only HTTP use does, and the idle session loses its socket too', async () => {
    // The server's clock is moved by the test; real time barely passes.
    let aheadMs = 0
    const t = await startTestApp({ YQ_SESSION_IDLE_MIN: '2', YQ_SOCKET_RECHECK_MS: '4000' }, tempDataDir(), { now: () => new Date(Date.now() + aheadMs) })
    const me = (cookie: string) => rawFetch(`${t.baseUrl}/api/auth/me`, { headers: { cookie } }).then((r) => r.status)
    const tabOnly = await t.login('admin', t.config.adminPassword!)
    const working = await t.login('admin', t.config.adminPassword!)
    const socket = await connectSocket(t.baseUrl, { extraHeaders: { cookie: tabOnly.cookie } })
    const closed = new Promise<string>((resolve) => socket.once('disconnect', resolve))

    // 1. 61 s on: the tab's socket is re-checked (it is still signed in); the other session makes a request.
    aheadMs = 61_000
    await t.app.auth.recheckSockets()
    expect(socket.connected).toBe(true)
    expect(await me(working.cookie)).toBe(200)

    // 2. 125 s after sign-in (over the 2 min idle): the tab never made a request since, so it is signed out.
    aheadMs = 125_000
    await t.app.auth.recheckSockets()
    expect(await closed).toBe('io server disconnect')
    expect(await me(tabOnly.cookie)).toBe(401)
    // The request at 61 s counted as use: 64 s idle is within the limit.
    expect(await me(working.cookie)).toBe(200)
  })
})
