/**
 * A cluster adapter (Redis Streams, Postgres) writes a broadcast to this process's sockets only
 * once its publish has returned, and the Postgres adapter publishes each over whichever pool
 * connection is free: two events published in order could reach a socket the other way round
 * (seen on the PostgreSQL pass: a re-tag progress before the item:created published first), and a
 * wall that counts sequence numbers would take the later one for a gap. Each broadcast here waits
 * for the one before it, so every socket gets a process's events in the order they were published.
 * The in-memory adapter writes at once and is left alone.
 *
 * What is written to this process's sockets only (a hello, a heartbeat, a replay: `local`) is
 * never published, and is written at once: queued, a heartbeat waited behind a publish that
 * Redis could not take, and walls heard nothing while the link was down, when they need it most.
 * Its seq is the audience's position as delivered, so it never runs ahead of an event still queued.
 */
export function keepBroadcastOrder(adapter: object): void {
  const a = adapter as { broadcast(packet: unknown, opts: unknown): unknown; publishAndReturnOffset?: unknown }
  if (typeof a.publishAndReturnOffset !== 'function') return
  const broadcast = a.broadcast.bind(adapter)
  let tail: Promise<unknown> = Promise.resolve()
  a.broadcast = (packet, opts) => {
    if ((opts as { flags?: { local?: boolean } }).flags?.local === true) return broadcast(packet, opts)
    const done = tail.then(() => broadcast(packet, opts))
    tail = done.catch(() => undefined)
    return done
  }
}
