import { Redis, type RedisOptions } from 'ioredis'
import type { FastifyBaseLogger } from 'fastify'

/**
 * One Redis connection. ioredis, not `redis`: @fastify/rate-limit's Redis store is written against
 * ioredis (defineCommand), and the socket.io Redis Streams adapter accepts either, so one client
 * library serves both. It reconnects by itself with back-off and re-subscribes, which is what lets
 * the processes ride out a Redis restart.
 */
export function openRedis(url: string, log: Pick<FastifyBaseLogger, 'warn'>, options: RedisOptions = {}): Redis {
  const client = new Redis(url, { retryStrategy: (times) => Math.min(times * 200, 2_000), ...options })
  // Without a listener an unreachable Redis is an uncaught 'error' event; it is a warning, and reconnecting goes on.
  let warned = false
  client.on('error', (err: Error) => {
    if (!warned) log.warn({ err: err.message }, 'Redis unreachable; retrying')
    warned = true
  })
  client.on('ready', () => (warned = false))
  return client
}
