import type { Redis } from 'ioredis'

/** The id XREAD takes for "only entries added after this call". */
const NEWEST = '$'

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
  const client = redis.duplicate()
  // The adapter publishes on this connection; it ends with the process's own client.
  redis.once('end', () => client.disconnect())
  client.on('error', () => undefined) // the shared client already warns that Redis is unreachable
  const duplicate = client.duplicate.bind(client)
  client.duplicate = (...args: Parameters<Redis['duplicate']>) => {
    const reader = duplicate(...args)
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
