/**
 * A client's place in its audience's stream. The server's hello and heartbeats carry the seq of the
 * last event sent to the socket's audience (its rooms), not the event log's last: the log also counts
 * what this client is never sent (a sign-in, a failed one, another unit's case), so an event's seq
 * skipping numbers is normal. A heartbeat above the last seq this client was sent means an event for
 * it was published and never arrived: a real gap, the one reason to resync.
 */
export class StreamPosition {
  /** Null until the connection's hello says where it starts. */
  private seq: number | null = null

  /** The hello of a (re)connection: its audience's position now. */
  start(seq: number): void {
    this.seq = seq
  }

  /** An event this client received. */
  received(seq: number): void {
    this.seq = Math.max(this.seq ?? 0, seq)
  }

  /** A heartbeat: true when the audience moved past what this client received (it missed an event). */
  isBehind(audienceSeq: number): boolean {
    const behind = this.seq !== null && audienceSeq > this.seq
    this.received(audienceSeq)
    return behind
  }
}
