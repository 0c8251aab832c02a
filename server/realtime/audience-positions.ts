/**
 * The seq of the last event published to each room (and to everyone). The event log's sequence also
 * counts events no socket is sent (a sign-in, a failed one, another unit's case): a heartbeat carrying
 * the global last seq told every wall it had missed something after any sign-in anywhere. A socket's
 * position is the highest of its rooms', so a client resyncs only when its own audience moved past it.
 * In memory: after a restart positions start at 0, and every client reconnects unrecovered and resyncs anyway.
 */
export class AudiencePositions {
  private everyone = 0
  private readonly byRoom = new Map<string, number>()

  note(audience: readonly string[] | 'everyone', seq: number): void {
    if (audience === 'everyone') this.everyone = Math.max(this.everyone, seq)
    else for (const room of audience) this.byRoom.set(room, Math.max(this.byRoom.get(room) ?? 0, seq))
  }

  of(rooms: ReadonlySet<string>): number {
    let seq = this.everyone
    for (const room of rooms) seq = Math.max(seq, this.byRoom.get(room) ?? 0)
    return seq
  }
}
