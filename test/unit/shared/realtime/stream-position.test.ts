import { describe, expect, it } from 'vitest'
import { StreamPosition } from '@shared/realtime/stream-position.ts'

describe('StreamPosition: a client resyncs only on a real gap in its own audience’s stream', () => {
  it('events whose seqs skip numbers (sign-ins and other units’ cases between them) are no gap', () => {
    const p = new StreamPosition()
    p.start(10)
    p.received(14)
    p.received(31)
    expect(p.isBehind(31)).toBe(false)
    expect(p.isBehind(31)).toBe(false)
  })

  it('a heartbeat above the last event received is a gap, told once', () => {
    const p = new StreamPosition()
    p.start(10)
    p.received(12)
    expect(p.isBehind(15)).toBe(true)
    // After the resync the client is at the audience's position: the next beat at 15 is quiet.
    expect(p.isBehind(15)).toBe(false)
  })

  it('the first event of an audience that had none since the server started, missed, is a gap', () => {
    const p = new StreamPosition()
    p.start(0)
    expect(p.isBehind(7)).toBe(true)
  })

  it('a heartbeat below the client (a restarted server starts its positions at 0) is no gap; the next hello starts over', () => {
    const p = new StreamPosition()
    p.start(40)
    expect(p.isBehind(0)).toBe(false)
    p.start(0)
    expect(p.isBehind(0)).toBe(false)
    expect(p.isBehind(3)).toBe(true)
  })

  it('before a hello no heartbeat is read as a gap', () => {
    expect(new StreamPosition().isBehind(99)).toBe(false)
  })
})
