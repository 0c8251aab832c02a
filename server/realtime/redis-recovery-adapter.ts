import { createAdapter } from '@socket.io/redis-streams-adapter'
import type { Redis } from 'ioredis'
import type { PrivateSessionId, Session } from 'socket.io-adapter'
import { RECOVERY_LOG_MAX, type ResumePoint } from './recovery-adapter.ts'
import { gaplessStreamClient } from './stream-reader.ts'

/** Replay reads the stream in pages: a socket that was away long reads many entries, never the whole stream at once. */
const PAGE = 500

interface StreamPacket {
  packet: { data: unknown[] }
  opts: { rooms: string[]; except: string[] }
}

/** What missedSince needs of an adapter, in memory or in Redis. */
export interface ReplayingAdapter {
  missedSince(offset: string, rooms: ReadonlySet<string>): unknown[][] | null | Promise<unknown[][] | null>
}

function addressedTo(rooms: ReadonlySet<string>, opts: StreamPacket['opts']): boolean {
  const included = opts.rooms.length === 0 || opts.rooms.some((room) => rooms.has(room))
  return included && opts.except.every((room) => !rooms.has(room))
}

function nextId(id: string): string {
  const [ms, seq] = id.split('-')
  return `${ms}-${Number(seq) + 1}`
}

/**
 * socket.io over the Redis Streams adapter, with the same rule as RecheckedRecoveryAdapter: a
 * recovered socket comes back with no rooms and no data (the auth middleware decides both now), and
 * what it missed is read from the stream afterwards, filtered by the rooms it has then. Every
 * process writes to and reads from one stream, so a wall that drops from process A and reconnects
 * to B (no sticky session after a failover) replays what it missed from either.
 *
 * The stream, not pub/sub, is what lets a Redis blip pass: each process reads it from the last
 * offset it saw, so packets added while one process was cut off are read when it is back.
 */
export function redisRecheckedAdapter(redis: Redis, prefix: string) {
  const streamName = `${prefix}socket.io`
  const factory = createAdapter(gaplessStreamClient(redis, streamName), {
    streamName,
    channelPrefix: `${prefix}socket.io`,
    sessionKeyPrefix: `${prefix}sio:session:`,
    // About as many packets as the in-memory log keeps; a socket away longer resyncs instead of replaying.
    maxLen: RECOVERY_LOG_MAX,
    // Our payloads are JSON: plain entries can be read back here without the adapter's decoder.
    onlyPlaintext: true,
    // Each process's reader notices a closing server or a dead Redis within this.
    blockTimeInMs: 2_000,
  })
  // socket.io calls the adapter with `new`: a plain function (not an arrow) whose returned object is the instance.
  return function redisAdapter(nsp: unknown) {
    const adapter = factory(nsp) as ReturnType<typeof factory> & ReplayingAdapter
    const restore = adapter.restoreSession.bind(adapter)
    adapter.restoreSession = async (pid: PrivateSessionId, offset: string): Promise<Session> => {
      // Rejects (a fresh connection, and the client resyncs) when the session expired or the offset left the stream.
      const session = await restore(pid, offset)
      const resume: ResumePoint = { resumeFrom: offset }
      return { ...session, rooms: [], data: resume, missedPackets: [] }
    }
    adapter.missedSince = async (offset, rooms) => {
      if (!/^\d+-\d+$/.test(offset)) return null
      const missed: unknown[][] = []
      let from = nextId(offset)
      for (;;) {
        const page = await redis.xrange(streamName, from, '+', 'COUNT', PAGE)
        for (const [id, fields] of page) {
          const entry: Record<string, string> = {}
          for (let i = 0; i + 1 < fields.length; i += 2) entry[fields[i]!] = fields[i + 1]!
          // type 3 is a broadcast (socket.io-adapter's MessageType.BROADCAST); the rest is the cluster's own talk.
          if (entry.nsp !== '/' || entry.type !== '3' || !entry.data) continue
          const { packet, opts } = JSON.parse(entry.data) as StreamPacket
          if (addressedTo(rooms, opts)) missed.push([...packet.data, id])
        }
        if (page.length < PAGE) return missed
        from = nextId(page[page.length - 1]![0])
      }
    }
    return adapter
  }
}
