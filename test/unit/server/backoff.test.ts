import { describe, expect, it } from 'vitest'
import { backoffSeconds, healthAfterFailures, MAX_BACKOFF_S } from '../../../server/ingest/backoff.ts'

describe('backoffSeconds()', () => {
  it('doubles the wait per failure in a row', () => {
    expect(backoffSeconds(60, 1, 0.5)).toBe(120)
    expect(backoffSeconds(60, 2, 0.5)).toBe(240)
    expect(backoffSeconds(60, 3, 0.5)).toBe(480)
  })

  it('never waits longer than an hour plus jitter, however many failures', () => {
    expect(backoffSeconds(600, 50, 0.5)).toBe(MAX_BACKOFF_S)
    expect(backoffSeconds(600, 50, 0.999)).toBeLessThanOrEqual(MAX_BACKOFF_S * 1.2)
  })

  it('spreads sources that failed together by ±20%', () => {
    expect(backoffSeconds(100, 1, 0)).toBe(160)
    expect(backoffSeconds(100, 1, 1)).toBe(240)
  })
})

describe('healthAfterFailures()', () => {
  it('is degraded after one or two failures and failing from the third', () => {
    expect([0, 1, 2, 3, 10].map((n) => healthAfterFailures(n))).toEqual(['ok', 'degraded', 'degraded', 'failing', 'failing'])
  })
})
