import { describe, expect, it } from 'vitest'
import { claimBeyondTolerance, claimDiffers, creditedAt } from '@shared/policy/claimed-time.ts'
import { NOTICE_PROFILE } from '@shared/policy/profile.ts'

const T = NOTICE_PROFILE.claimTolerance.ms
const rec = '2026-11-05T10:00:00.000Z'
const before = (min: number) => new Date(Date.parse(rec) - min * 60_000).toISOString()

describe('creditedAt()', () => {
  it('the policy tolerance is 30 min, a deployment choice', () => {
    expect([T, NOTICE_PROFILE.claimTolerance.origin]).toEqual([30 * 60_000, 'deployment'])
  })

  it.each([
    ['recorded at the claimed time', 0, undefined, 0],
    ['claimed 30 min back (at the tolerance)', 30, undefined, 30],
    ['claimed 31 min back', 31, undefined, 0],
    ['claimed 3 days back', 3 * 24 * 60, undefined, 0],
    ['claimed 3 days back, vouched for by the office', 3 * 24 * 60, 'operator1', 3 * 24 * 60],
  ])('credits an entry %s', (_, minutes, by, creditedMinutesBack) => {
    expect(creditedAt({ at: before(minutes), recorded_at: rec, ...(by ? { at_confirmed_by: by } : {}) }, T)).toBe(before(creditedMinutesBack))
  })

  it('claimBeyondTolerance() and claimDiffers() tell the page when to warn and the review when to show both times', () => {
    expect([claimBeyondTolerance(before(30), rec, T), claimBeyondTolerance(before(30.5), rec, T)]).toEqual([false, true])
    expect([claimDiffers({ at: rec, recorded_at: rec }), claimDiffers({ at: before(1), recorded_at: rec })]).toEqual([false, true])
  })
})
