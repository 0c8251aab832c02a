import { Redis } from 'ioredis'
import { describe, expect, it, onTestFinished } from 'vitest'
import { gaplessStreamClient } from '../../../server/realtime/stream-reader.ts'
import { startOwnRedis } from '../../helpers/redis-server.ts'

const STREAM = 'yq-test:socket.io'
type Read = [string, [string, string[]][]][] | null

/** How the Redis Streams adapter reads (its options in the order ioredis's types take them): XREAD BLOCK from `$` until it has read an entry (its startPolling). */
const read = (reader: Redis, offset: string) => reader.xread('COUNT', 100, 'BLOCK', 50, 'STREAMS', STREAM, offset) as Promise<Read>

async function clients() {
  const redis = await startOwnRedis()
  const shared = new Redis(redis.url)
  const writer = new Redis(redis.url)
  onTestFinished(() => {
    shared.disconnect()
    writer.disconnect()
  })
  return { shared, writer }
}

describe('the socket.io stream reader (server/realtime/stream-reader.ts) on a real Redis', () => {
  it('an entry added between two reads from $ is read by the next one, where a plain reader never sees it', async () => {
    const { shared, writer } = await clients()
    const plain = shared.duplicate()
    const gapless = gaplessStreamClient(shared, STREAM).duplicate()
    onTestFinished(() => {
      plain.disconnect()
      gapless.disconnect()
    })
    await writer.xadd(STREAM, '*', 'nsp', '/', 'type', '0') // an older entry: neither reader wants it
    expect([await read(plain, '$'), await read(gapless, '$')]).toEqual([null, null]) // a block timed out

    const id = await writer.xadd(STREAM, '*', 'nsp', '/', 'type', '3', 'data', '{"case":1}') // before the next read is sent
    expect(await read(plain, '$')).toBeNull() // lost: $ means after this call
    expect(await read(gapless, '$')).toEqual([[STREAM, [[id, ['nsp', '/', 'type', '3', 'data', '{"case":1}']]]]])
  })

  it('starts from the beginning of an empty stream, and leaves other reads and other streams alone', async () => {
    const { shared, writer } = await clients()
    const gapless = gaplessStreamClient(shared, STREAM).duplicate()
    onTestFinished(() => gapless.disconnect())
    expect(await read(gapless, '$')).toBeNull()
    const id = await writer.xadd(STREAM, '*', 'nsp', '/')
    expect((await read(gapless, '$'))?.[0]?.[1].map(([entry]) => entry)).toEqual([id])
    expect(await read(gapless, id!)).toBeNull() // an explicit offset is passed through
    const other = await writer.xadd('other', '*', 'a', '1')
    expect(await gapless.xread('BLOCK', 50, 'STREAMS', 'other', '0-0')).toEqual([['other', [[other, ['a', '1']]]]])
  })
})
