import { describe, expect, it } from 'vitest'
import { AudiencePositions } from '../../../server/realtime/audience-positions.ts'

const rooms = (...names: string[]) => new Set(names)

describe('AudiencePositions', () => {
  it('a socket is at the last broadcast that reached its rooms: "everyone but the kiosks" moves no kiosk until its own projection is noted', () => {
    const positions = new AudiencePositions()
    positions.note({ rooms: rooms(), except: rooms('display') }, 7)
    positions.note({ rooms: rooms('unit:370102'), except: rooms('display') }, 9)
    expect(positions.of(rooms('role:admin'))).toBe(7)
    expect(positions.of(rooms('unit:370102'))).toBe(9)
    expect(positions.of(rooms('display', 'unit:370102'))).toBe(0)
    positions.note({ rooms: rooms('display') }, 9)
    expect(positions.of(rooms('display', 'unit:370102'))).toBe(9)
    // The stored log's position while the transport is down lifts every socket, and positions never go back.
    positions.noteEveryone(12)
    positions.note({ rooms: rooms('unit:370102') }, 10)
    expect(positions.of(rooms('display'))).toBe(12)
    expect(positions.of(rooms('unit:370102'))).toBe(12)
  })
})
