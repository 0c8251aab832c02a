import { describe, expect, it } from 'vitest'
import { STALE_AFTER_MS } from '@shared/realtime/events.ts'
import { DOWN_GRACE_MS, isStale, type LinkState } from '@shared/realtime/stale.ts'

const NOW = 1_000_000

describe('isStale()', () => {
  const cases: [string, LinkState, boolean][] = [
    ['live, heard from just now', { live: true, down_since_ms: null, last_update_ms: NOW - 1000 }, false],
    ['live, nothing yet (first load)', { live: true, down_since_ms: null, last_update_ms: null }, false],
    ['live but silent past the heartbeat allowance', { live: true, down_since_ms: null, last_update_ms: NOW - STALE_AFTER_MS - 1 }, true],
    ['live, silent exactly the allowance', { live: true, down_since_ms: null, last_update_ms: NOW - STALE_AFTER_MS }, false],
    ['down for a blip', { live: false, down_since_ms: NOW - DOWN_GRACE_MS, last_update_ms: NOW - 3000 }, false],
    ['down past the grace', { live: false, down_since_ms: NOW - DOWN_GRACE_MS - 1, last_update_ms: NOW - 3000 }, true],
    ['never connected, nothing heard', { live: false, down_since_ms: null, last_update_ms: null }, false],
  ]
  for (const [name, link, expected] of cases) {
    it(`isStale() is ${expected} when ${name}`, () => expect(isStale(link, NOW)).toBe(expected))
  }
})
