import net from 'node:net'
import { describe, expect, it } from 'vitest'
import { startTestApp } from '../../helpers/test-app.ts'

/** Opens a raw socket that sends a request line, then one header line every `everyMs`, never finishing. */
function dribbleHeaders(baseUrl: string, everyMs: number): Promise<{ closedAfterMs: number; answer: string }> {
  const { hostname, port } = new URL(baseUrl)
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname)
    const opened = Date.now()
    let answer = ''
    let n = 0
    const timer = setInterval(() => socket.write(`x-slow-${n++}: ${'a'.repeat(10)}\r\n`), everyMs)
    socket.on('connect', () => socket.write('GET /api/health HTTP/1.1\r\nhost: 127.0.0.1\r\n'))
    socket.on('data', (d) => (answer += d.toString()))
    socket.on('error', () => {}) // a reset is as good as a close here
    socket.on('close', () => {
      clearInterval(timer)
      resolve({ closedAfterMs: Date.now() - opened, answer })
    })
    setTimeout(() => {
      clearInterval(timer)
      socket.destroy()
      reject(new Error('the server still held the slow-header connection after 20 s'))
    }, 20_000)
  })
}

describe('server() against slow clients', () => {
  it('closes a connection that dribbles headers once YQ_HEADERS_TIMEOUT_MS has passed, and keeps serving others', async () => {
    const { baseUrl } = await startTestApp({ YQ_HEADERS_TIMEOUT_MS: '1000' })
    const slow = Array.from({ length: 5 }, () => dribbleHeaders(baseUrl, 200))
    // Meanwhile a normal request is answered.
    expect((await fetch(`${baseUrl}/api/health`)).status).toBe(200)
    for (const { closedAfterMs, answer } of await Promise.all(slow)) {
      // Closed by the server, not by our 20 s guard: the bound is the timeout plus the 1 s check interval.
      expect(closedAfterMs).toBeGreaterThanOrEqual(1000)
      expect(answer === '' || answer.startsWith('HTTP/1.1 408')).toBe(true)
    }
  })
})
