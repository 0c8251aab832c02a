import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { onTestFinished } from 'vitest'

/** One request as the loopback channel server received it: the raw body, byte for byte. */
export interface ReceivedRequest {
  method: string
  url: URL
  headers: http.IncomingHttpHeaders
  raw: Buffer
  text: string
  /** Date.now() when the body had arrived: tests check when a send happened, not when they looked. */
  at: number
}

/** Answers one request; may write anything (HTML, endless bodies, nothing at all). */
export type ChannelHandler = (req: ReceivedRequest, res: http.ServerResponse) => void

export interface ChannelServer {
  url(path?: string): string
  /** Every request, in arrival order, including the rejected ones. */
  received: ReceivedRequest[]
  /** Replace how the server answers (e.g. a rate-limit minute, then back to normal). */
  handle(handler: ChannelHandler): void
}

/** A channel provider stand-in on 127.0.0.1 (port 0), closed when the test ends. */
export async function startChannelServer(handler: ChannelHandler): Promise<ChannelServer> {
  let current = handler
  const sockets = new Set<Socket>()
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const raw = Buffer.concat(chunks)
      const received: ReceivedRequest = {
        method: req.method ?? '',
        url: new URL(req.url ?? '/', 'http://127.0.0.1'),
        headers: req.headers,
        raw,
        text: raw.toString('utf8'),
        at: Date.now(),
      }
      state.received.push(received)
      current(received, res)
    })
  })
  server.on('connection', (s) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const state: ChannelServer = {
    url: (p = '/') => `http://127.0.0.1:${(server.address() as AddressInfo).port}${p}`,
    received: [],
    handle(h) {
      current = h
    },
  }
  onTestFinished(async () => {
    for (const s of sockets) s.destroy()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })
  return state
}

export function json(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body))
}

/** Writes 1 KB chunks forever (until the client goes away): an answer nobody may buffer whole. */
export function endless(res: http.ServerResponse, contentType = 'application/json'): { written: () => number } {
  let written = 0
  res.writeHead(200, { 'content-type': contentType })
  const chunk = Buffer.alloc(1024, 'x')
  const pump = (): void => {
    while (!res.destroyed && res.write(chunk)) written += chunk.length
    if (!res.destroyed) res.once('drain', pump)
  }
  res.on('error', () => undefined)
  pump()
  return { written: () => written }
}

/** The context an adapter is called with in tests: loopback allowed, a short signal for hang tests. */
export function testContext(overrides: { timeoutMs?: number; allowPrivate?: boolean; now?: () => Date } = {}) {
  return {
    signal: AbortSignal.timeout(overrides.timeoutMs ?? 10_000),
    now: overrides.now ?? (() => new Date()),
    deployment: { allowPrivate: overrides.allowPrivate ?? true },
  }
}
