import { describe, expect, it } from 'vitest'
import { bulletinFigures, diffBulletins, failedCheckRows, lateRows } from '@shared/review/bulletin.ts'
import { DEFAULT_REVIEW_POLICY, describeRule, isPraised, measureFor } from '@shared/review/policy.ts'
import { sampleIds } from '@shared/review/sample.ts'
import { computeTimeliness } from '@shared/review/timeliness.ts'
import type { ReviewCaseInput, ReviewUnit } from '@shared/review/types.ts'

const H = 3_600_000
const T0 = Date.parse('2026-11-02T00:00:00Z')
const at = (h: number) => new Date(T0 + h * H).toISOString()
const UNITS: ReviewUnit[] = [
  { id: '370102', name: '济南市历下区', level: 'county', parent_id: '370100' },
  { id: '370202', name: '青岛市市南区', level: 'county', parent_id: '370200' },
  { id: '370602', name: '烟台市芝罘区', level: 'county', parent_id: '370600' },
]
const resp = (met: number | null) => ({ kind: 'response' as const, starts_at: at(0), due_soon_at: at(40), due_at: at(48), met_at: met === null ? null : at(met) })
const kase = (id: number, unit_id: string, met: number | null, flags: ReviewCaseInput['flags'] = []): ReviewCaseInput => ({ id, title: `事项${id}`, unit_id, drill: false, deadlines: [resp(met)], flags })

const cases = [
  kase(1, '370102', 5),
  kase(2, '370102', 6),
  kase(3, '370202', 50),
  kase(4, '370202', null),
  kase(5, '370602', 7, [{ flag: 'late_report', at: at(10) }]),
]
const report = computeTimeliness(cases, UNITS, { from: at(0), to: at(168) }, at(500), 'unit')

describe('bulletin rules', () => {
  it('measureFor() picks 约谈整改 over 通报批评 and praises all-on-time units when the default rule applies', () => {
    const b = bulletinFigures(report, DEFAULT_REVIEW_POLICY)
    expect(b.ranking.map((r) => [r.rank, r.unit_id, r.measure])).toEqual([
      [1, '370102', 'praise'],
      [2, '370602', 'interview'],
      [3, '370202', 'criticise'],
    ])
    const g = report.groups.find((x) => x.key === '370602')!
    expect(isPraised(g)).toBe(false)
    expect(measureFor(DEFAULT_REVIEW_POLICY, report.groups.find((x) => x.key === '370102')!)).toBeNull()
  })

  it('measureFor() follows a stricter rule when the policy data says so', () => {
    const strict = { on_time_target: 0.95, measures: [{ measure: 'criticise' as const, label: '通报批评', min_late_or_overdue: 1 }] }
    expect(bulletinFigures(report, strict).ranking.map((r) => r.measure)).toEqual(['praise', null, 'criticise'])
  })

  it('describeRule() states the rule in Chinese when printed in the bulletin', () => {
    expect(DEFAULT_REVIEW_POLICY.measures.map(describeRule)).toEqual([
      '存在处置不得力、回应不妥当或报告不及时情形1次及以上的，予以约谈整改',
      '超时办结或超时未办2项及以上或不定期检查不合格1次及以上的，予以通报批评',
    ])
  })

  it('bulletinFigures() criticises instead of praising an all-on-time unit when a check found its work 不合格', () => {
    const failed = { check_id: 9, at: at(30), aspects: ['response_content' as const], note: '回应内容答非所问' }
    // Case 1 was forwarded: 历下区 is judged; the check outside the period counts nowhere.
    const withCheck = [{ ...kase(1, '370102', 5), failed_checks: [failed, { ...failed, check_id: 10, at: at(200) }] }, ...cases.slice(1)]
    const r = computeTimeliness(withCheck, UNITS, { from: at(0), to: at(168) }, at(500), 'unit')
    expect(r.groups.map((g) => [g.key, g.checks_failed])).toEqual([['370102', 1], ['370602', 0], ['370202', 0]])
    expect(r.totals.checks_failed).toBe(1)
    const lixia = bulletinFigures(r, DEFAULT_REVIEW_POLICY).ranking.find((x) => x.unit_id === '370102')!
    expect([lixia.rank, lixia.checks_failed, lixia.measure]).toEqual([1, 1, 'criticise'])
    expect(failedCheckRows(r)).toEqual([{ check_id: 9, case_id: 1, title: '事项1', unit_name: '济南市历下区', at: at(30), aspects: ['response_content'], note: '回应内容答非所问' }])
    // Credited to the unit judged, even when the case's unit is another one now.
    const judged = computeTimeliness([{ ...kase(1, '370102', 5), failed_checks: [{ ...failed, unit_id: '370202' }] }], UNITS, { from: at(0), to: at(168) }, at(500), 'unit')
    expect(judged.groups.map((g) => [g.key, g.checks_failed, g.cases])).toEqual([['370102', 0, 1], ['370202', 1, 1]])
  })

  it('lateRows() lists late and overdue deadlines most late first when the period has them', () => {
    expect(lateRows(report).map((r) => [r.case_id, r.outcome, r.late_ms / H])).toEqual([
      [4, 'overdue', 120],
      [3, 'met_late', 2],
    ])
  })

  it('diffBulletins() names every changed figure when a correction changes a unit', () => {
    const before = bulletinFigures(report, DEFAULT_REVIEW_POLICY)
    const corrected = computeTimeliness([...cases.slice(0, 3), kase(4, '370202', 40), cases[4]!], UNITS, { from: at(0), to: at(168) }, at(500), 'unit')
    const after = bulletinFigures(corrected, DEFAULT_REVIEW_POLICY)
    expect(diffBulletins(before, after)).toEqual([
      { what: 'totals.met_on_time', before: 3, after: 4 },
      { what: 'totals.overdue', before: 1, after: 0 },
      { what: 'unit 370202 met_on_time', before: 0, after: 1 },
      { what: 'unit 370202 overdue', before: 1, after: 0 },
      { what: 'unit 370202 on_time_rate', before: 0, after: 0.5 },
      { what: 'unit 370202 measure', before: 'criticise', after: null },
    ])
    expect(diffBulletins(before, before)).toEqual([])
  })
})

describe('bulletinFigures()', () => {
  it('bulletinFigures() lists units with nothing counted apart (无应办事项) and never ranks them when a unit has only a flag or 未到期 deadlines', () => {
    const idleUnits: ReviewUnit[] = [...UNITS, { id: '370203', name: '青岛市市北区', level: 'county', parent_id: '370200' }, { id: '370211', name: '青岛市黄岛区', level: 'county', parent_id: '370200' }]
    // A unit with only a flag in the period, and one whose only deadline is not yet due when the period is judged.
    const idle = [
      { ...kase(8, '370203', null), deadlines: [], flags: [{ flag: 'improper_response' as const, at: at(20) }] },
      { ...kase(9, '370211', null), deadlines: [{ ...resp(null), due_soon_at: at(150), due_at: at(160) }] },
    ]
    const r = computeTimeliness([...cases, ...idle], idleUnits, { from: at(0), to: at(168) }, at(120), 'unit')
    const b = bulletinFigures(r, DEFAULT_REVIEW_POLICY)
    expect(b.ranking.map((x) => [x.rank, x.unit_id])).toEqual([
      [1, '370102'],
      [2, '370602'],
      [3, '370202'],
    ])
    expect(b.unranked!.map((x) => [x.unit_id, x.due, x.pending, x.on_time_rate, x.flags_total, x.measure])).toEqual([
      ['370203', 0, 0, null, 1, 'interview'],
      ['370211', 0, 1, null, 0, null],
    ])
  })
})

describe('sampleIds()', () => {
  it('sampleIds() draws n distinct ids in the order the random source picks when n is below the pool', () => {
    const draws = [0.99, 0, 0.5]
    expect(sampleIds([1, 2, 3, 4, 5], 3, () => draws.shift()!)).toEqual([5, 2, 4])
  })

  it('sampleIds() returns the whole pool when n exceeds it and nothing when n is 0', () => {
    expect(sampleIds([1, 2], 5, () => 0).sort()).toEqual([1, 2])
    expect(sampleIds([1, 2], 0, () => 0)).toEqual([])
  })
})
