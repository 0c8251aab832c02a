import type { FastifyRateLimitStoreCtor, RateLimitPluginOptions } from '@fastify/rate-limit'
import type { FastifyBaseLogger } from 'fastify'
import type { Redis } from 'ioredis'
import { sql, type Kysely } from 'kysely'
import { openRedis } from '../cluster/index.ts'
import type { Database } from '../db/index.ts'

type StoreOptions = Pick<RateLimitPluginOptions, 'redis' | 'nameSpace' | 'skipOnError' | 'store'>

/**
 * Where the sign-in rate limit counts. With one process, in memory (as before). With several, in
 * Redis (YQ_REDIS_URL) or, with PostgreSQL as the only shared service, in the database: counted
 * per process an attacker gets YQ_LOGIN_RATE_MAX tries per process behind a round-robin proxy.
 * Redis gets its own connection that fails fast instead of queueing while Redis is down: a
 * sign-in then goes through uncounted (skipOnError) rather than hanging, and the per-account
 * lockout, which is in the database, still holds.
 */
export function rateLimitStore(
  where: { redisUrl: string | null; prefix: string; db: Kysely<Database> | null },
  log: Pick<FastifyBaseLogger, 'warn'>,
): { options: StoreOptions; close: () => void } {
  if (where.redisUrl) {
    const redis: Redis = openRedis(where.redisUrl, log, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2_000 })
    return { options: { redis, nameSpace: `${where.prefix}login-rate:`, skipOnError: true }, close: () => redis.disconnect() }
  }
  if (where.db) return { options: { store: databaseStore(where.db), skipOnError: true }, close: () => {} }
  return { options: {}, close: () => {} }
}

/** Rows past their window are deleted at most this often per process, by whichever sign-in comes next. */
const SWEEP_MS = 60_000

/**
 * @fastify/rate-limit's store over the table login_rate_hits: one upsert per request counts the hit
 * and starts a new window when the old one has ended, atomically in both engines (the conflicting
 * row is locked by ON CONFLICT DO UPDATE), so processes counting at once never lose a hit. The
 * routes use a fixed window (neither continueExceeding nor exponentialBackoff), which is all this does.
 */
export function databaseStore(db: Kysely<Database>, now: () => number = Date.now): FastifyRateLimitStoreCtor {
  let sweptAt = 0
  const sweep = (at: number) => {
    if (at - sweptAt < SWEEP_MS) return
    sweptAt = at
    void db.deleteFrom('login_rate_hits').where('window_ends_at', '<=', new Date(at).toISOString()).execute().catch(() => undefined)
  }
  const hit = async (key: string, windowMs: number): Promise<{ current: number; ttl: number }> => {
    const at = now()
    const nowIso = new Date(at).toISOString()
    const row = await db
      .insertInto('login_rate_hits')
      .values({ key, hits: 1, window_ends_at: new Date(at + windowMs).toISOString() })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          // Both read the row as it was before this update.
          hits: sql<number>`case when login_rate_hits.window_ends_at <= ${nowIso} then 1 else login_rate_hits.hits + 1 end`,
          window_ends_at: sql<string>`case when login_rate_hits.window_ends_at <= ${nowIso} then excluded.window_ends_at else login_rate_hits.window_ends_at end`,
        }),
      )
      .returning(['hits', 'window_ends_at'])
      .executeTakeFirstOrThrow()
    sweep(at)
    return { current: row.hits, ttl: Math.max(0, Date.parse(row.window_ends_at) - at) }
  }
  // Not `implements`: the typings name child's argument RouteOptions, the plugin passes its merged params with routeInfo (as RedisStore reads).
  class DatabaseStore {
    constructor(private readonly prefix = 'login-rate:') {}
    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow?: number): void {
      hit(this.prefix + key, timeWindow ?? 60_000).then((r) => callback(null, r), (err: Error) => callback(err))
    }
    child(routeOptions: { routeInfo?: { method?: string; url?: string } }): DatabaseStore {
      return new DatabaseStore(`${this.prefix}${routeOptions.routeInfo?.method ?? ''}${routeOptions.routeInfo?.url ?? ''}-`)
    }
  }
  // The plugin constructs the store with its options; the prefix keeps its default then.
  return DatabaseStore as unknown as FastifyRateLimitStoreCtor
}
