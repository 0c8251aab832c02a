import { randomUUID } from 'node:crypto'
import os from 'node:os'
import fp from 'fastify-plugin'
import type { Redis } from 'ioredis'
import type pg from 'pg'
import type { Config } from '../config.ts'
import { releaseLeasesOfDeadProcesses } from './leases.ts'
import { openPostgresBus, openPubSubPool } from './postgres-bus.ts'
import { openRedis } from './redis.ts'
import type { ClusterReason, ClusterTopic, ClusterTopics } from './topics.ts'

declare module 'fastify' {
  interface FastifyInstance {
    cluster: Cluster
  }
}

export interface Cluster {
  /** This process as leases name their holder: host, pid and a random part (a pid is reused). */
  readonly id: string
  /**
   * Several processes may share this store: with YQ_REDIS_URL, or over PostgreSQL (which another
   * process can open too). Then sources and the notification loop are leased, and events go
   * through the shared transport. False: one process over its own SQLite file, everything in memory.
   */
  readonly shared: boolean
  /** The Redis connection shared by the concerns; null without YQ_REDIS_URL. */
  readonly redis: Redis | null
  /**
   * PostgreSQL as the processes' only shared service (YQ_DATABASE_URL, no YQ_REDIS_URL): the pool
   * the socket.io Postgres adapter talks through. Null otherwise (Redis carries it, or one process).
   */
  readonly pubsub: pg.Pool | null
  readonly redisPrefix: string
  /** Tells the other processes; nothing with one process (there is no one to tell). */
  announce<T extends ClusterTopic>(topic: T, data: ClusterTopics[T]): void
  /** Runs this process's handlers (reason `local`), then tells the others. */
  changed<T extends ClusterTopic>(topic: T, data: ClusterTopics[T]): void
  /** Runs for another process's announcement, and with `data` null after Redis came back. */
  on<T extends ClusterTopic>(topic: T, handler: (data: ClusterTopics[T] | null, reason: ClusterReason) => void | Promise<void>): void
}

interface Message {
  from: string
  topic: ClusterTopic
  data: unknown
}

/**
 * The multi-process seam. Other concerns get the shared Redis connection (YQ_REDIS_URL) or, with
 * PostgreSQL alone, the pub/sub pool from here, and keep their caches coherent through
 * `announce`/`on`: Redis pub/sub on one prefixed channel, or LISTEN/NOTIFY on the database.
 * With neither (SQLite, one process) it is inert: everything in memory, as before.
 */
export default fp(
  async (app, opts: { config: Config }) => {
    const id = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`
    const handlers = new Map<ClusterTopic, ((data: unknown, reason: ClusterReason) => void | Promise<void>)[]>()
    const run = (topic: ClusterTopic, data: unknown, reason: ClusterReason) => {
      for (const handler of handlers.get(topic) ?? []) {
        Promise.resolve()
          .then(() => handler(data, reason))
          .catch((err: unknown) => app.log.error({ err, topic }, 'could not follow another process\'s change'))
      }
    }
    const on: Cluster['on'] = (topic, handler) => {
      handlers.set(topic, [...(handlers.get(topic) ?? []), handler as (data: unknown, reason: ClusterReason) => void])
    }

    const receive = (raw: string) => {
      let message: Message
      try {
        message = JSON.parse(raw) as Message
      } catch {
        return app.log.warn('unreadable cluster message ignored')
      }
      if (message.from === id || !handlers.has(message.topic)) return
      run(message.topic, message.data, 'peer')
    }
    // What was announced while the link was down is reloaded instead.
    const resync = () => {
      for (const topic of handlers.keys()) run(topic, null, 'resync')
    }
    const { redisUrl, databaseUrl, redisPrefix } = opts.config
    let send: ((raw: string) => void) | null = null
    let redis: Redis | null = null
    let pubsub: pg.Pool | null = null
    if (redisUrl) {
      const channel = `${redisPrefix}cluster`
      redis = openRedis(redisUrl, app.log)
      const sub = openRedis(redisUrl, app.log)
      let connectedBefore = false
      sub.on('ready', () => {
        // ioredis re-subscribes by itself.
        if (connectedBefore) resync()
        connectedBefore = true
      })
      await sub.subscribe(channel)
      sub.on('message', (from: string, raw: string) => {
        if (from === channel) receive(raw)
      })
      const client = redis
      send = (raw) => void client.publish(channel, raw).catch((err: unknown) => app.log.warn({ err }, 'cluster announcement not sent'))
      app.addHook('onClose', async () => {
        sub.disconnect()
        client.disconnect()
      })
    } else if (databaseUrl) {
      // Channels are per database: the prefix still keeps deployments sharing one database apart.
      const pool = openPubSubPool(databaseUrl, app.log)
      pubsub = pool
      const bus = await openPostgresBus(pool, `${redisPrefix}cluster`, app.log, receive, resync)
      send = (raw) => bus.publish(raw)
      app.addHook('onClose', async () => {
        await bus.close()
        // Not awaited: it ends the pool once the socket.io adapter (closed by realtime, in whichever
        // order the hooks run) has given its LISTEN client back.
        pool.end().catch(() => undefined)
      })
    }
    if (send !== null) {
      const released = await releaseLeasesOfDeadProcesses(app.db, id)
      if (released > 0) app.log.info({ released }, 'leases of a dead earlier process on this host let go')
    }
    const cluster: Cluster = {
      id,
      shared: send !== null,
      redis,
      pubsub,
      redisPrefix,
      announce(topic, data) {
        send?.(JSON.stringify({ from: id, topic, data } satisfies Message))
      },
      changed(topic, data) {
        run(topic, data, 'local')
        cluster.announce(topic, data)
      },
      on,
    }
    app.decorate('cluster', cluster)
  },
  { name: 'cluster', dependencies: ['db'], fastify: '5.x' },
)
