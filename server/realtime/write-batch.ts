/**
 * One write per socket for what one synchronous run sends it (issue #18: `ingest.item_to_socket_p99_ms`).
 *
 * engine.io writes each packet as it is sent: a stored batch's `item:created` and `story:updated`
 * events are published one after the other in one loop (poll-source.ts), and each became its own
 * WebSocket frame and its own TCP write to every socket (three writes per socket per item in the
 * bench). Here an engine.io socket's `flush` waits until the code that is running has finished
 * (one microtask for all sockets), so everything sent to it meanwhile goes to the transport in one
 * `send`, and the TCP socket is corked while the frames are made: one write carries them all.
 * A microtask, not `setImmediate`: the poll's own continuations (the source's row, its event) are
 * microtasks too, and waiting for the end of the loop turn held the first event behind all of
 * them (measured: the median item-to-socket time doubled on the loaded machine).
 *
 * Nothing else changes: the packets stay in engine.io's own write buffer in the order they were
 * sent, so the order per socket is the order of the emits; the offsets connection-state recovery
 * replays from were given as the packets were broadcast, before they reach this buffer; and a
 * socket that closes before the flush is left by engine.io as before (its `close` waits for
 * the buffer to drain; a discarded transport drops it, as it would have dropped a write in flight).
 * Each socket flushes on its own, so one that is gone cannot hold the others' packets.
 */

/** What this needs of an engine.io socket (engine.io 6.6) and its transport. */
interface EngineConn {
  flush(): void
  readyState: string
  transport?: { name?: string; socket?: { _socket?: Corkable } }
}

interface Corkable {
  cork(): void
  uncork(): void
  destroyed?: boolean
}

const due = new Set<EngineConn>()
const flushes = new WeakMap<EngineConn, () => void>()
let scheduled = false

function flushDue(): void {
  scheduled = false
  // A flush can emit (a drain handler), which queues again: that is flushed by the next microtask.
  const conns = [...due]
  due.clear()
  for (const conn of conns) flushNow(conn)
}

function flushNow(conn: EngineConn): void {
  const flush = flushes.get(conn)
  if (!flush) return
  // The WebSocket's TCP socket (none for long polling, which answers one request with all it has).
  const tcp = conn.transport?.name === 'websocket' ? conn.transport.socket?._socket : undefined
  const cork = tcp !== undefined && typeof tcp.cork === 'function' && tcp.destroyed !== true
  if (cork) tcp.cork()
  try {
    flush()
  } finally {
    if (cork) tcp.uncork()
  }
}

/** Makes `conn` write what one synchronous run sends it together. */
export function batchWrites(conn: EngineConn): void {
  flushes.set(conn, conn.flush.bind(conn))
  conn.flush = () => {
    if (conn.readyState === 'closed') return
    due.add(conn)
    if (scheduled) return
    scheduled = true
    queueMicrotask(flushDue)
  }
}
