import type { BroadcastOptions } from 'socket.io-adapter'

interface Packet {
  type: number
  data?: unknown[]
}

/** The two adapter methods every local delivery goes through (socket.io-adapter 2.5). */
interface Delivering {
  broadcast(packet: Packet, opts: BroadcastOptions): unknown
  addOffsetIfNecessary?: (packet: Packet, opts: BroadcastOptions, offset: string) => void
}

/** The envelope's seq of an event packet; null for anything else (the server's own hello and heartbeat, acks, other talk). */
function seqOf(packet: Packet): number | null {
  if (packet.type !== 2 || !Array.isArray(packet.data)) return null
  const [event, payload] = packet.data
  if (typeof event !== 'string' || event.startsWith('server:')) return null
  const seq = (payload as { seq?: unknown } | null | undefined)?.seq
  return typeof seq === 'number' && Number.isFinite(seq) ? seq : null
}

/**
 * Calls `delivered(seq, opts)` for each enveloped event this process writes to its sockets, right
 * as it writes it: its own broadcasts and the ones other processes sent over the cluster's
 * transport. Both cluster adapters (Redis Streams, Postgres) hand a remote packet to the local
 * adapter through `addOffsetIfNecessary` and then the in-memory `broadcast`, in one synchronous run,
 * and their own `broadcast` does the same after publishing; the in-memory adapter's `broadcast`
 * writes at once. So a position is noted with its packet, never before it (a heartbeat cannot slip
 * between), and one message carries both: nothing extra crosses the cluster, nothing can arrive
 * out of order with its packet. A packet seen twice (both paths) is noted twice, harmlessly.
 */
export function onLocalDelivery(adapter: object, delivered: (seq: number, opts: BroadcastOptions) => void): void {
  const a = adapter as Delivering
  const seen = (packet: Packet, opts: BroadcastOptions) => {
    const seq = seqOf(packet)
    if (seq !== null) delivered(seq, opts)
  }
  const broadcast = a.broadcast.bind(adapter)
  a.broadcast = (packet, opts) => {
    const done = broadcast(packet, opts)
    // A cluster adapter writes locally once its publish returned (or failed): note it then.
    if (done instanceof Promise) void done.then(() => seen(packet, opts), () => undefined)
    else seen(packet, opts)
    return done
  }
  const addOffset = a.addOffsetIfNecessary?.bind(adapter)
  if (addOffset) {
    a.addOffsetIfNecessary = (packet, opts, offset) => {
      addOffset(packet, opts, offset)
      seen(packet, opts)
    }
  }
}
