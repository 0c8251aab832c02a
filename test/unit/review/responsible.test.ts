import { describe, expect, it } from 'vitest'
import { computeTimeliness } from '@shared/review/timeliness.ts'
import type { ReviewCaseInput } from '@shared/review/types.ts'
import { at, JINAN_UNITS as UNITS } from '../../helpers/review-units.ts'

describe('computeTimeliness() per responsible unit', () => {
  it('counts each deadline and flag for its stored unit, one row per unit, one case in the totals, and shows both times of a differing claim', () => {
    const forwarded: ReviewCaseInput = {
      id: 1,
      title: '转办事项',
      unit_id: '370102',
      drill: false,
      deadlines: [
        { kind: 'response', starts_at: at(0), due_soon_at: at(40), due_at: at(48), met_at: at(60), unit_id: '370100-yjj' },
        { kind: 'acknowledgement', starts_at: at(50), due_soon_at: at(50.75), due_at: at(51), met_at: at(50.5), unit_id: '370102', met_claim: { at: at(50.5), recorded_at: at(50.9) } },
      ],
      flags: [{ flag: 'late_report', at: at(49), unit_id: '370100-yjj' }],
    }
    const r = computeTimeliness([forwarded], UNITS, { from: at(0), to: at(24 * 7) }, at(24 * 7), 'unit')
    expect(r.groups.map((g) => [g.key, g.due, g.met_on_time, g.met_late, g.flags_total])).toEqual([
      ['370102', 1, 1, 0, 0],
      ['370100-yjj', 1, 0, 1, 1],
    ])
    expect(r.totals.cases).toBe(1)
    expect(r.cases.map((c) => [c.id, c.unit_name])).toEqual([
      [1, '济南市应急管理局'],
      [1, '济南市历下区'],
    ])
    expect(r.cases[1]!.deadlines[0]!.met_claim).toEqual({ at: at(50.5), recorded_at: at(50.9) })
    expect(r.cases[0]!.deadlines[0]).not.toHaveProperty('met_claim')
  })
})
