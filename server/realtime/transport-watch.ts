import type { Redis } from 'ioredis'

/**
 * Whether the cluster's transport (Redis, or the Postgres adapter's LISTEN connection) can be
 * trusted to have brought every other process's broadcast: while it cannot, and for a while after
 * it came back, the heartbeat falls back to the stored log's position (see plugin.ts).
 */
export interface TransportWatch {
  /** False while the link is down. */
  live(): boolean
  /** How many times the link was lost so far: a change since the last look means it dropped meanwhile, however briefly. */
  losses(): number
}

/** One process, no transport: nothing can be missed on the way. */
export const noTransport: TransportWatch = { live: () => true, losses: () => 0 }

/** The Redis connection the Streams adapter publishes through (its readers are duplicates of it, on the same server). */
export function watchRedis(redis: Redis): TransportWatch {
  let losses = 0
  redis.on('close', () => losses++)
  return { live: () => redis.status === 'ready', losses: () => losses }
}
