import { describe, expect, it } from 'vitest'
import { MAX_DEPARTMENT_SERIES, summariseItems, type SummaryItem } from '@shared/wall/summary.ts'

const NOW = new Date('2026-11-29T15:30:00.000Z')
function item(minutesAgo: number, dept: string | null, regionCode: string | null = null, caseId: number | null = null): SummaryItem {
  return {
    first_seen_at: new Date(NOW.getTime() - minutesAgo * 60_000).toISOString(),
    departments: dept ? [{ id: dept, name: `部门${dept}`, score: 1, terms: [] }] : [],
    region: regionCode ? { province: '山东省', city: null, county: null, code: regionCode } : null,
    unit: null,
    case_id: caseId,
  }
}

describe('summariseItems()', () => {
  it('buckets the last 24 h by hour and department, ignoring older and future items', () => {
    const s = summariseItems([item(5, 'edu'), item(20, 'edu'), item(65, 'health'), item(24 * 60 + 40, 'edu'), item(-10, 'edu')], NOW)
    expect(s.hours).toHaveLength(24)
    expect(s.hours[23]).toBe('2026-11-29T15:00:00.000Z')
    expect(s.items_24h).toBe(3)
    const edu = s.by_department.find((d) => d.id === 'edu')!
    expect(edu.counts[23]).toBe(2)
    expect(s.by_department.find((d) => d.id === 'health')!.counts[22]).toBe(1)
  })

  it('adds departments beyond the legend limit up as other and counts untagged items apart when there are many', () => {
    const items = Array.from({ length: MAX_DEPARTMENT_SERIES + 2 }, (_, i) => item(1, `d${i}`)).concat([item(1, null)])
    const s = summariseItems(items, NOW)
    expect(s.by_department.map((d) => d.kind)).toEqual([...Array<string>(MAX_DEPARTMENT_SERIES).fill('department'), 'other', 'untagged'])
    expect(s.by_department.at(-2)!.counts[23]).toBe(2)
  })

  it('counts items per city and untriaged items when regions and cases are present', () => {
    const s = summariseItems([item(1, null, '370102'), item(2, null, '370100', 7), item(3, null, '371202'), item(4, null, '370600'), item(5, null, '110101')], NOW)
    expect(s.by_city).toEqual([
      { code: '370100', count: 3 },
      { code: '370600', count: 1 },
    ])
    expect(s.untriaged).toBe(4)
  })
})
