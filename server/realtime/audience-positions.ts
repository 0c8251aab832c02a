/** Where one broadcast went, as socket.io addresses it: its rooms (none: every socket) minus its except rooms. */
export interface Addressed {
  rooms: ReadonlySet<string>
  except?: ReadonlySet<string>
}

interface Mark {
  except: readonly string[]
  seq: number
}

/**
 * The seq of the last event delivered to each audience, noted where this process writes a
 * broadcast to its sockets (see deliveries.ts): its own publishes and every other process's
 * alike, so in a cluster each process knows every audience's position, not just what it published.
 * The event log's sequence also counts events no socket is sent (a sign-in, a failed one, another
 * unit's case): a heartbeat carrying the log's last seq told every wall it had missed something
 * after any sign-in anywhere. A socket's position is the highest of the broadcasts that reached
 * its rooms, so a client resyncs only when its own audience moved past it.
 * Kept per set of except rooms: "everyone but the kiosks" (which get their own projection of the
 * same seq a moment later) must not move a kiosk's position before its packet is there.
 * In memory: after a restart positions start at 0, and every client reconnects unrecovered and resyncs anyway.
 */
export class AudiencePositions {
  private readonly everyone = new Map<string, Mark>()
  private readonly byRoom = new Map<string, Map<string, Mark>>()

  note(to: Addressed, seq: number): void {
    const except = [...(to.except ?? [])].sort()
    const key = except.join('\n')
    const marks = to.rooms.size === 0 ? [this.everyone] : [...to.rooms].map((room) => this.marksOf(room))
    for (const byExcept of marks) {
      const mark = byExcept.get(key)
      if (mark) mark.seq = Math.max(mark.seq, seq)
      else byExcept.set(key, { except, seq })
    }
  }

  /** Every socket's position is at least `seq` (the stored log's, while the cluster's transport cannot be trusted). */
  noteEveryone(seq: number): void {
    this.note({ rooms: new Set() }, seq)
  }

  of(rooms: ReadonlySet<string>): number {
    let seq = 0
    for (const marks of [this.everyone, ...[...rooms].map((room) => this.byRoom.get(room))]) {
      for (const mark of marks?.values() ?? []) if (mark.seq > seq && !mark.except.some((room) => rooms.has(room))) seq = mark.seq
    }
    return seq
  }

  private marksOf(room: string): Map<string, Mark> {
    let marks = this.byRoom.get(room)
    if (!marks) this.byRoom.set(room, (marks = new Map()))
    return marks
  }
}
