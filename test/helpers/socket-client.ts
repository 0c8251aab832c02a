import { io, type Socket } from 'socket.io-client'
import { onTestFinished } from 'vitest'
import type { ClientToServerEvents, ServerToClientEvents } from '@shared/realtime/events.ts'
import { adminSessionFor } from './auth-session.ts'

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>

/**
 * A real socket.io client, connected before it is returned and closed when the test ends. It signs
 * in with the test server's admin cookie unless the options carry their own headers or auth.
 */
export async function connectSocket(baseUrl: string, opts: Parameters<typeof io>[1] = {}): Promise<TestSocket> {
  const admin = adminSessionFor(baseUrl)
  const asAdmin = admin && !opts.extraHeaders && !opts.auth ? { extraHeaders: { cookie: admin.cookie } } : {}
  const socket: TestSocket = io(baseUrl, { transports: ['websocket'], reconnection: false, ...asAdmin, ...opts })
  onTestFinished(() => {
    socket.close()
  })
  // With autoConnect false the caller attaches listeners (e.g. for server:hello) before connecting.
  if (opts.autoConnect === false) {
    queueMicrotask(() => socket.connect())
    return socket
  }
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve())
    socket.once('connect_error', reject)
  })
  return socket
}

/**
 * Resolves with the first event of that name that passes the filter, or rejects after timeoutMs:
 * a guard against an event that never comes, generous because a loaded 2-core machine has delayed
 * events past 5 s (an event that arrives costs no more for it).
 */
export function nextEvent<E extends keyof ServerToClientEvents>(
  socket: TestSocket,
  event: E,
  filter: (payload: Parameters<ServerToClientEvents[E]>[0]) => boolean = () => true,
  timeoutMs = 15_000,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, handler as never)
      reject(new Error(`no ${event} within ${timeoutMs} ms`))
    }, timeoutMs)
    const handler = (payload: Parameters<ServerToClientEvents[E]>[0]) => {
      if (!filter(payload)) return
      clearTimeout(timer)
      socket.off(event, handler as never)
      resolve(payload)
    }
    socket.on(event, handler as never)
  })
}
