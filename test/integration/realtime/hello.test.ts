import { describe, expect, it } from 'vitest'
import { connectSocket, nextEvent } from '../../helpers/socket-client.ts'
import { startTestApp } from '../../helpers/test-app.ts'

describe('socket.io connection', () => {
  it('greets each client with server time, build id and the last sequence number', async () => {
    const { baseUrl } = await startTestApp()
    const socket = await connectSocket(baseUrl, { autoConnect: false })
    const hello = await nextEvent(socket, 'server:hello')
    expect(Math.abs(Date.parse(hello.now) - Date.now())).toBeLessThan(5000)
    expect(hello.build).toMatch(/^[0-9a-f]{12}$|^no-client-build$/)
    expect(hello.seq).toBeGreaterThanOrEqual(0)
  })

  it('shrugs off unknown events and garbage payloads and keeps serving', async () => {
    const { baseUrl } = await startTestApp()
    const rogue = await connectSocket(baseUrl)
    const emit = (rogue.emit as (event: string, ...args: unknown[]) => void).bind(rogue)
    emit('case:delete', { id: 1 })
    emit('item:created', { seq: 1e9, data: { title: '<img src=x onerror=alert(1)>' } })
    emit('constructor', '{"a":')
    emit('x'.repeat(10_000), Buffer.alloc(64 * 1024))
    // Another client connecting afterwards is served normally, and the rogue's events reached no one.
    const observer = await connectSocket(baseUrl, { autoConnect: false })
    let relayed = false
    observer.on('item:created', () => (relayed = true))
    await nextEvent(observer, 'server:hello')
    expect((await fetch(`${baseUrl}/api/health`)).status).toBe(200)
    expect(relayed).toBe(false)
  })
})
