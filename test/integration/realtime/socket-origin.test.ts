import { describe, expect, it } from 'vitest'
import { makeRoleWorld } from '../../helpers/roles.ts'
import { connectSocket, nextEvent } from '../../helpers/socket-client.ts'
import { startTestApp } from '../../helpers/test-app.ts'

describe('socket.io Origin check', () => {
  it('refuses a browser page of another origin on the same host, even with the admin cookie or a display token; its own origin and non-browser clients connect', async () => {
    const t = await startTestApp()
    const w = await makeRoleWorld(t)
    const port = new URL(t.baseUrl).port
    const as = (origin: string | undefined) => ({ extraHeaders: { cookie: t.admin.cookie, ...(origin ? { origin } : {}) } })
    // A page served on another port of 127.0.0.1 (or a look-alike name) opens a socket with the admin's cookie.
    for (const origin of ['http://127.0.0.1:1', `http://127.0.0.1.evil.example:${port}`, 'null', `https://127.0.0.1:${port}`]) {
      await expect(connectSocket(t.baseUrl, as(origin)), origin).rejects.toThrow('origin not allowed')
    }
    await expect(connectSocket(t.baseUrl, { extraHeaders: { origin: 'http://127.0.0.1:1' }, auth: { token: w.display.secret } })).rejects.toThrow('origin not allowed')
    // The page's own origin, under either loopback name, and a client that sends no Origin (a kiosk script, these tests).
    for (const origin of [t.baseUrl, `http://localhost:${port}`, undefined]) {
      const socket = await connectSocket(t.baseUrl, { ...as(origin), autoConnect: false })
      expect((await nextEvent(socket, 'server:hello')).seq).toBeGreaterThan(0)
    }
  })

  it('with YQ_PUBLIC_ORIGIN set, only the listed origins connect from a browser', async () => {
    const t = await startTestApp({ YQ_PUBLIC_ORIGIN: 'https://yuqing.example.gov.cn, http://10.0.0.5:8080/' })
    const as = (origin: string) => ({ extraHeaders: { cookie: t.admin.cookie, origin } })
    await expect(connectSocket(t.baseUrl, as(t.baseUrl))).rejects.toThrow('origin not allowed')
    for (const origin of ['https://yuqing.example.gov.cn', 'http://10.0.0.5:8080']) expect((await connectSocket(t.baseUrl, as(origin))).connected).toBe(true)
  })
})
