import type { FastifyBaseLogger } from 'fastify'
import pg from 'pg'

/** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more; announcements are a few hundred. */
const MAX_PAYLOAD_BYTES = 7_999
const RECONNECT_MS = 1_000

/**
 * The pool the processes talk through when PostgreSQL is the only shared service (no
 * YQ_REDIS_URL): the socket.io adapter and the cluster announcements. Its own few connections, so
 * a LISTEN held open never takes one the store's queries need.
 */
export function openPubSubPool(url: string, log: Pick<FastifyBaseLogger, 'warn'>): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: 4 })
  // An idle client's error (the server restarted) must not crash the process: the pool replaces it.
  pool.on('error', () => undefined)
  // Nor a checked-out one's: the socket.io adapter holds a client for LISTEN and listens for its
  // 'end' only, so an 'error' without a listener (PostgreSQL restarted) would end the process. After
  // the error the client ends, and the adapter connects again.
  pool.on('connect', (client) => client.on('error', (err: Error) => log.warn({ err: err.message }, 'PostgreSQL pub/sub connection lost')))
  return pool
}

export interface PostgresBus {
  publish(payload: string): void
  close(): Promise<void>
}

/**
 * Announcements over LISTEN/NOTIFY on `channel`. A NOTIFY reaches every process listening when it
 * is sent and no other, so after the listening connection is lost and opened again `onResync`
 * runs: the caller reloads what announcements may have been missed, as after a Redis blip.
 */
export async function openPostgresBus(pool: pg.Pool, channel: string, log: Pick<FastifyBaseLogger, 'warn'>, onMessage: (payload: string) => void, onResync: () => void): Promise<PostgresBus> {
  let client: pg.PoolClient | null = null
  let closed = false
  let timer: NodeJS.Timeout | null = null
  const listen = async (first: boolean): Promise<void> => {
    try {
      const c = await pool.connect()
      c.on('notification', (n) => {
        if (n.channel === channel && n.payload !== undefined) onMessage(n.payload)
      })
      const lost = (err?: Error) => {
        if (client !== c) return
        client = null
        if (err) log.warn({ err: err.message }, 'PostgreSQL announcements connection lost; reconnecting')
        c.release(true)
        if (!closed) timer = setTimeout(() => void listen(false), RECONNECT_MS)
      }
      c.on('error', lost)
      c.on('end', () => lost())
      client = c
      await c.query(`LISTEN ${pg.escapeIdentifier(channel)}`)
      if (!first) onResync()
    } catch (err) {
      if (first) throw err
      log.warn({ err: (err as Error).message }, 'PostgreSQL announcements not listened to yet; retrying')
      if (!closed) timer = setTimeout(() => void listen(false), RECONNECT_MS)
    }
  }
  await listen(true)
  return {
    publish(payload) {
      if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) return log.warn({ channel }, 'cluster announcement too large for NOTIFY; not sent')
      pool.query('SELECT pg_notify($1, $2)', [channel, payload]).catch((err: unknown) => log.warn({ err }, 'cluster announcement not sent'))
    },
    async close() {
      closed = true
      if (timer) clearTimeout(timer)
      const c = client
      client = null
      c?.release()
    },
  }
}
