import { describe, expect, it } from 'vitest'
import type { ItemTags } from '../../../shared/types/item.ts'
import type { Label, LabelledItem } from '../../../server/classify/eval-corpus.ts'
import { formatReport, missKind, scoreSet } from '../../../server/classify/eval-report.ts'
import { Gazetteer } from '../../../server/classify/gazetteer.ts'

const gazetteer = new Gazetteer('山东省')
const item = (ref: string, label: Partial<Label>): LabelledItem => ({
  ref,
  title: ref,
  text: '',
  label: { department: null, province: '山东省', city: null, county: null, ...label },
})
const tags = (department: string | null, region: [string | null, string | null, string | null] | null): ItemTags => ({
  departments: department ? [{ id: department, name: department, score: 5, terms: [] }] : [],
  region: region ? { province: region[0], city: region[1], county: region[2], code: null } : null,
  unit: null,
  severity: null,
})

describe('missKind()', () => {
  it('tells a different answer from none given and from one given where the label has none', () => {
    expect(missKind('历城区', '历城区')).toBeNull()
    expect(missKind(null, null)).toBeNull()
    expect(missKind('历城区', '历下区')).toBe('wrong')
    expect(missKind('历城区', null)).toBe('missing')
    expect(missKind(null, '历下区')).toBe('extra')
  })
})

describe('scoreSet() misses by kind', () => {
  const items = [
    item('a', { department: 'gaj', city: '济南市', county: '历城区' }), // all right
    item('b', { department: 'gaj', city: '济南市', county: '历城区' }), // wrong department, county missing
    item('c', { department: 'yjj', city: '济南市', county: null }), // department missing, county extra (city-wide item)
    item('d', { department: null, city: '青岛市', county: '市南区' }), // department extra, wrong city and county
    item('e', { department: 'cgj', city: null }), // province-level: city extra; no county scored
    item('f', { department: 'cgj', city: '淄博市', county: '张店区' }), // placed in another province: city wrong, county missing
    item('g', { department: 'wjw', province: '河南省' }), // outside: not counted by kind
  ]
  const got = [
    tags('gaj', ['山东省', '济南市', '历城区']),
    tags('yjj', ['山东省', '济南市', null]),
    tags(null, ['山东省', '济南市', '历下区']),
    tags('gaj', ['山东省', '济南市', '历下区']),
    tags('cgj', ['山东省', '济南市', null]),
    tags('cgj', ['河北省', null, null]),
    tags('wjw', ['山东省', '济南市', null]),
  ]
  const r = scoreSet(items, got, gazetteer)

  it('counts each field’s misses as wrong, none given, or given where the label has none', () => {
    expect(r.kinds.department).toEqual({ wrong: 1, missing: 1, extra: 1 })
    expect(r.kinds.city).toEqual({ wrong: 2, missing: 0, extra: 1 })
    expect(r.kinds.county).toEqual({ wrong: 1, missing: 2, extra: 1 })
  })

  it('adds up to the misses the figures count', () => {
    const misses = (f: 'department' | 'city' | 'county') => r.kinds[f].wrong + r.kinds[f].missing + r.kinds[f].extra
    expect(misses('department')).toBe(r.department.total - r.department.correct + r.departmentNone.total - r.departmentNone.correct)
    expect(misses('city')).toBe(r.city.total - r.city.correct)
    expect(misses('county')).toBe(r.county.total - r.county.correct)
  })

  it('prints the counts for a locked set, without any of its items', () => {
    const out = formatReport('locked', r, { confusions: 'locked' }).join('\n')
    expect(out).toMatch(/department 1\/1\/1 {3}city 2\/0\/1 {3}county 1\/2\/1/)
    for (const ref of ['b', 'c', 'd']) expect(out).not.toMatch(new RegExp(`\\b${ref} (department|city|county)`))
  })
})

describe('scoreSet() sureness, as /triage shows a suggestion', () => {
  const sure = (t: ItemTags, department: number, place: number): ItemTags => ({
    ...t,
    departments: t.departments.map((d) => ({ ...d, confidence: department })),
    region: t.region && { ...t.region, confidence: place },
  })
  const items = [
    item('a', { department: 'gaj', city: '济南市', county: '历城区' }),
    item('b', { department: 'gaj', city: '济南市', county: '历城区' }),
    item('c', { department: null, city: '济南市' }),
    item('d', { department: 'wjw', province: '河南省' }),
    item('e', { department: 'wjw', province: null }),
  ]
  const r = scoreSet(
    items,
    [
      sure(tags('gaj', ['山东省', '济南市', '历城区']), 0.8, 0.9), // sure and right, both
      sure(tags('yjj', ['山东省', '济南市', null]), 0.2, 0.45), // low and wrong; a sure place one level short
      sure(tags('cgj', ['山东省', '济南市', null]), 0.5, 0.3), // a department on a no-department item is wrong; a low place, right
      sure(tags('wjw', ['河南省', '郑州市', null]), 0.34, 0.9), // low but right; elsewhere, right by its province
      sure(tags(null, ['山东省', null, null]), 0, 0.6), // no department shown; a national item given a province is wrong
    ],
    gazetteer,
  )

  it('counts every suggestion shown, on the side of the line /triage draws, right or wrong', () => {
    expect(r.sureness.department).toEqual({ sure: { correct: 1, total: 2 }, low: { correct: 1, total: 2 } })
    expect(r.sureness.place).toEqual({ sure: { correct: 2, total: 4 }, low: { correct: 1, total: 1 } })
  })

  it('prints the two sides for every set, the locked one included', () => {
    const out = formatReport('locked', r, { confusions: 'locked' }).join('\n')
    expect(out).toMatch(/department +sure 50\.0% \(1\/2\) +low 50\.0% \(1\/2\)/)
    expect(out).toMatch(/place +sure 50\.0% \(2\/4\) +low 100\.0% \(1\/1\)/)
  })
})
