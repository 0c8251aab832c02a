import { describe, expect, it } from 'vitest'
import { emptyFilters, filterProblems, filtersFromQuery, filtersToQuery } from '../../../client/src/features/cases/filters.ts'
import { isDutyPhone } from '@shared/format/phone.ts'

describe('cases index filters', () => {
  it('filtersFromQuery() keeps known choices and free values, drops choices the page does not offer', () => {
    const f = filtersFromQuery({ status: 'closed', level: 'V', overdue: 'yes', drill: 'false', city: '370100', due_within_h: ' 6 ', opened_from: '2026-01-01', unit_id: ['370102', 'x'], q: ' 100%_浴场 ' })
    expect(f).toEqual({ ...emptyFilters(), q: '100%_浴场', status: 'closed', drill: 'false', city: '370100', due_within_h: '6', opened_from: '2026-01-01', unit_id: '370102' })
    expect(filtersToQuery(f)).toEqual({ q: '100%_浴场', status: 'closed', drill: 'false', city: '370100', due_within_h: '6', opened_from: '2026-01-01', unit_id: '370102' })
  })

  it('filterProblems() refuses hours outside 1–720 or not whole, and a period that ends before it starts', () => {
    for (const h of ['0', '721', '1.5', 'abc', '-3']) expect(filterProblems({ ...emptyFilters(), due_within_h: h })).toEqual({ due_within_h: 'dueWithin' })
    for (const h of ['', '1', '720']) expect(filterProblems({ ...emptyFilters(), due_within_h: h })).toEqual({})
    expect(filterProblems({ ...emptyFilters(), opened_from: '2026-03-02', opened_to: '2026-03-01' })).toEqual({ opened_to: 'period' })
    expect(filterProblems({ ...emptyFilters(), opened_from: '2026-03-01', opened_to: '2026-03-01' })).toEqual({})
  })

  it('isDutyPhone() takes office numbers as written and refuses words, markup and too-short or too-long values', () => {
    for (const ok of ['0531-86061234', '(0532) 8288 1234', '+86 531 8606 1234', '12345']) expect([ok, isDutyPhone(ok)]).toEqual([ok, true])
    for (const bad of ['值班室', '12', '0531-8606<b>', '1'.repeat(31), ' 0531-86061234', '0531-']) expect([bad, isDutyPhone(bad)]).toEqual([bad, false])
  })
})
