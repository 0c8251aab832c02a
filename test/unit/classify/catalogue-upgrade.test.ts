import { describe, expect, it } from 'vitest'
import type { Department } from '@shared/types/department.ts'
import { MAX_TERMS, upgradeCatalogue } from '../../../server/classify/catalogue-upgrade.ts'

const dept = (id: string, terms: string, exclusions: string[] = [], local_name = `${id}局`): Department => ({
  id,
  province_name: `${id}厅`,
  local_name,
  levels: ['province', 'city', 'county'],
  terms: terms.split(' ').map((p) => ({ text: p.split(':')[0]!, weight: Number(p.split(':')[1]) })),
  exclusions,
})
const termsOf = (c: Department[], id: string) => Object.fromEntries(c.find((d) => d.id === id)!.terms.map((t) => [t.text, t.weight]))

describe('a new release\'s default catalogue merged into a stored one', () => {
  // The release that seeded the installation, what an admin made of it, and the next release.
  const base = [dept('yjj', '火灾:6 消防:4 爆炸:6 旧词:3', ['演练']), dept('cgj', '城管:6 垃圾:3')]
  const stored = [dept('yjj', '火灾:9 爆炸:6 旧词:3 消防车:5', ['演练', '消防日']), dept('cgj', '城管:6 垃圾:3'), dept('xsc', '午餐:50')]
  const next = [dept('yjj', '火灾:6 消防:4 爆炸:7 突发事件:4', []), dept('rfb', '人防:5'), dept('cgj', '城管:6 垃圾:3 清雪:4 消防车:2')]

  it('adds the release\'s new terms and departments and follows its weights and drops where the admin left the old ones', () => {
    const { catalogue, changes } = upgradeCatalogue(stored, base, next)
    expect(termsOf(catalogue, 'yjj')).toEqual({ 火灾: 9, 爆炸: 7, 消防车: 5, 突发事件: 4 })
    expect(termsOf(catalogue, 'cgj')).toEqual({ 城管: 6, 垃圾: 3, 清雪: 4, 消防车: 2 })
    expect(catalogue.map((d) => d.id)).toEqual(['yjj', 'rfb', 'cgj', 'xsc'])
    expect(catalogue.find((d) => d.id === 'yjj')!.exclusions).toEqual(['消防日'])
    expect(changes.departmentsAdded).toEqual(['rfb'])
    expect(changes.departments).toEqual([
      { id: 'yjj', termsAdded: ['突发事件'], termsReweighted: ['爆炸'], termsDropped: ['旧词'], exclusionsAdded: [], exclusionsDropped: ['演练'], renamed: false },
      { id: 'cgj', termsAdded: ['清雪', '消防车'], termsReweighted: [], termsDropped: [], exclusionsAdded: [], exclusionsDropped: [], renamed: false },
    ])
  })

  it('keeps what the admin changed: a weight, a removed term, an own term, an own department, a removed department', () => {
    const removedDept = stored.filter((d) => d.id !== 'cgj')
    const { catalogue } = upgradeCatalogue(removedDept, base, next)
    const yjj = termsOf(catalogue, 'yjj')
    expect(yjj.火灾).toBe(9)
    expect(yjj.消防).toBeUndefined()
    expect(yjj.消防车).toBe(5)
    expect(catalogue.map((d) => d.id)).toEqual(['yjj', 'rfb', 'xsc'])
  })

  it('keeps a department the release no longer lists: units and cases hang on it', () => {
    const { catalogue } = upgradeCatalogue(stored, base, next.filter((d) => d.id !== 'cgj'))
    expect(termsOf(catalogue, 'cgj')).toEqual({ 城管: 6, 垃圾: 3 })
  })

  it('follows a renamed department only where the admin left the old name', () => {
    const renamed = next.map((d) => (d.id === 'cgj' ? { ...d, local_name: '综合行政执法局' } : d.id === 'yjj' ? { ...d, local_name: '应急局' } : d))
    const own = stored.map((d) => (d.id === 'yjj' ? { ...d, local_name: '应急管理局（本地）' } : d))
    const { catalogue, changes } = upgradeCatalogue(own, base, renamed)
    expect(catalogue.find((d) => d.id === 'cgj')!.local_name).toBe('综合行政执法局')
    expect(catalogue.find((d) => d.id === 'yjj')!.local_name).toBe('应急管理局（本地）')
    expect(changes.departments.find((d) => d.id === 'cgj')!.renamed).toBe(true)
  })

  it('with no remembered base (seeded before the merge existed) only adds: nothing the admin set is lowered or dropped', () => {
    const { catalogue, changes } = upgradeCatalogue(stored, null, next)
    expect(termsOf(catalogue, 'yjj')).toEqual({ 火灾: 9, 爆炸: 6, 旧词: 3, 消防车: 5, 消防: 4, 突发事件: 4 })
    expect(catalogue.find((d) => d.id === 'yjj')!.exclusions).toEqual(['演练', '消防日'])
    expect(changes.departments.flatMap((d) => [...d.termsReweighted, ...d.termsDropped, ...d.exclusionsDropped])).toEqual([])
    expect(catalogue.find((d) => d.id === 'cgj')!.local_name).toBe('cgj局')
  })

  it('changes nothing when the release is the one the catalogue took in', () => {
    const { catalogue, changes } = upgradeCatalogue(stored, next, next)
    expect(catalogue).toEqual(stored)
    expect(changes).toEqual({ departmentsAdded: [], departments: [], termsSkipped: [] })
  })

  it('stops adding at a department\'s term limit and says which terms did not fit', () => {
    const full = [dept('yjj', Array.from({ length: MAX_TERMS }, (_, i) => `词${i}:1`).join(' '))]
    const { catalogue, changes } = upgradeCatalogue(full, [dept('yjj', '词0:1')], [dept('yjj', '词0:1 新词:4')])
    expect(catalogue[0]!.terms).toHaveLength(MAX_TERMS)
    expect(changes.termsSkipped).toEqual(['yjj:新词'])
  })
})
