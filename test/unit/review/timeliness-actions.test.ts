import { describe, expect, it } from 'vitest'
import { computeTimeliness } from '@shared/review/timeliness.ts'
import type { ReviewCaseInput } from '@shared/review/types.ts'
import { at, JINAN_UNITS as UNITS } from '../../helpers/review-units.ts'
const PERIOD = { from: at(0), to: at(7 * 24) }
const kase = (extra: Partial<ReviewCaseInput>): ReviewCaseInput => ({ id: 1, title: '事项', unit_id: '370102', drill: false, deadlines: [], flags: [], ...extra })

describe('computeTimeliness() with 延期 and 退回', () => {
  it('computeTimeliness() judges an extended deadline against its extended due time and says so on its row', () => {
    // Due h48 by the policy, extended to h72, met at h60: 按时办结, shown as extended by operator.
    const extended = { kind: 'response' as const, starts_at: at(0), due_soon_at: at(71), due_at: at(72), met_at: at(60), original_due_at: at(48), extended_by: 'operator' }
    const r = computeTimeliness([kase({ deadlines: [extended] })], UNITS, PERIOD, at(1000), 'unit')
    expect(r.totals).toMatchObject({ met_on_time: 1, met_late: 0 })
    expect(r.cases[0]!.deadlines[0]).toMatchObject({ outcome: 'met', extension: { original_due_at: at(48), by: 'operator' } })
    // Without an extension the same row carries none.
    const plain = computeTimeliness([kase({ deadlines: [{ ...extended, original_due_at: null, extended_by: null, due_at: at(48), due_soon_at: at(47) }] })], UNITS, PERIOD, at(1000), 'unit')
    expect(plain.cases[0]!.deadlines[0]).toMatchObject({ outcome: 'met_late' })
    expect(plain.cases[0]!.deadlines[0]!.extension).toBeUndefined()
  })

  it('computeTimeliness() puts a 退回 of the period on the returning unit\'s row, even with nothing due for it, and leaves out one after the period or of a drill', () => {
    const returns = [
      { at: at(3), from_unit_id: '370102', to_unit_id: '370100-yjj', reason: '属市级事权' },
      { at: at(200), from_unit_id: '370102', to_unit_id: '370100-yjj', reason: '期外' },
    ]
    const r = computeTimeliness([kase({ unit_id: '370100-yjj', returns })], UNITS, PERIOD, at(1000), 'unit')
    expect(r.cases).toEqual([{ id: 1, title: '事项', unit_id: '370102', unit_name: '济南市历下区', group: '370102', deadlines: [], flags: [], returns: [{ at: at(3), to_unit_id: '370100-yjj', to_unit_name: '济南市应急管理局', reason: '属市级事权' }], failed_checks: [] }])
    expect(computeTimeliness([kase({ unit_id: '370100-yjj', returns, drill: true })], UNITS, PERIOD, at(1000), 'unit').cases).toEqual([])
  })
})
