import type { Redis } from 'ioredis'

/** The id XREAD takes for "only entries added after this call". */
const NEWEST = '$'

/**
 * How often a publish is retried on a new connection before it fails: once. While Redis is down a
 * publish waited in ioredis's offline queue for its 20 reconnection attempts (about 36 s), and the
 * adapter writes a broadcast to this process's own sockets only after its publish returned: a case
 * opened on B reached no wall on B, and no heartbeat either (broadcast-order.ts), until Redis came
 * back or the attempts ran out. Failing fast, the event goes to this process's sockets at once;
 * the other processes' walls, which hear nothing from Redis meanwhile, are told by their heartbeats
 * that the stored log moved past them (plugin.ts) and resync.
 */
const PUBLISH_RETRIES = 1

/**
 * A client for the Redis Streams adapter whose readers never lose an entry between two reads.
 *
 * The adapter reads the stream with `XREAD BLOCK … <offset>`, starting from `$` and moving to the
 * last id it read. Until it has read one entry, every read is from `$` again: an entry added after
 * one read timed out and before the next was sent (longer on a loaded machine) was never read, so
 * a process that had not yet seen an entry lost that event for all its sockets (a wall on B missed
 * a case opened on A, 1 run in 3 at load 8). Here the readers it duplicates replace `$` by the
 * stream's last id at their first read, so the next read starts where the first began.
 */
export function gaplessStreamClient(redis: Redis, streamName: string): Redis {
  const client = redis.duplicate({ maxRetriesPerRequest: PUBLISH_RETRIES })
  // The adapter publishes on this connection; it ends with the process's own client.
  redis.once('end', () => client.disconnect())
  client.on('error', () => undefined) // the shared client already warns that Redis is unreachable
  // Readers are made from the process's client, not this one: a read that failed fast would be
  // sent again at once by the adapter's loop, over and over while Redis is down.
  client.duplicate = (...args: Parameters<Redis['duplicate']>) => {
    const reader = redis.duplicate(...args)
    let start: Promise<string> | null = null
    const xread = reader.xread.bind(reader) as (...argv: unknown[]) => Promise<unknown>
    ;(reader as unknown as { xread: (...argv: unknown[]) => Promise<unknown> }).xread = async (...argv: unknown[]) => {
      if (argv[argv.length - 1] === NEWEST && argv[argv.length - 2] === streamName) {
        start ??= lastId(reader, streamName)
        argv[argv.length - 1] = await start
      }
      return xread(...argv)
    }
    return reader
  }
  return client
}

/** The stream's newest entry id, or 0-0 while it is empty (every later entry has a greater id). */
async function lastId(redis: Redis, streamName: string): Promise<string> {
  const [newest] = await redis.xrevrange(streamName, '+', '-', 'COUNT', 1)
  return newest?.[0] ?? '0-0'
}
