import { describe, expect, it } from 'vitest'
import { MIN_SUPPORT, summariseCorrections, type TagCorrection } from '../../../shared/tagging/corrections.ts'

const row = (title: string, over: Partial<TagCorrection> = {}): TagCorrection => ({
  suggested_department: 'jyj',
  chosen_department: 'gaj',
  suggested_code: '370102',
  chosen_code: '370102',
  department_terms: ['学校', '学生'],
  place_terms: ['历下区'],
  title,
  text: '',
  ...over,
})
/** Splits on spaces: the test says which words there are. */
const opts = { cut: (s: string) => s.split(/[ 。]/), termsOf: (id: string) => new Set(id === 'gaj' ? ['交通拥堵'] : []), isPlaceWord: (w: string) => w === '历下区' }

describe('summariseCorrections()', () => {
  it('groups by suggested → chosen department, most frequent first, and proposes a word once enough items share it', () => {
    const rows = [
      ...Array.from({ length: MIN_SUPPORT }, (_, i) => row(`学校 门口 堵成 一锅粥 历下区 ${i}`)),
      row('医院 门口 吵闹', { suggested_department: 'wjw', department_terms: ['医院'] }),
    ]
    const s = summariseCorrections(rows, opts)
    expect(s.total).toBe(MIN_SUPPORT + 1)
    expect(s.departments.map((g) => [g.from, g.to, g.count])).toEqual([['jyj', 'gaj', MIN_SUPPORT], ['wjw', 'gaj', 1]])
    const first = s.departments[0]!
    expect(first.misleading).toHaveLength(2)
    expect(first.misleading).toContainEqual({ term: '学校', count: MIN_SUPPORT })
    expect(first.misleading).toContainEqual({ term: '学生', count: MIN_SUPPORT })
    // 学校 misled and 历下区 is a place: neither is proposed.
    expect(first.proposed.map((p) => p.term).sort()).toEqual(['一锅粥', '堵成', '门口'].sort())
    expect(s.departments[1]!.proposed).toEqual([])
  })

  it('counts a word once per item and ignores filler, Latin and one-character words', () => {
    const rows = Array.from({ length: MIN_SUPPORT }, () => row('本报 记者 abc 堵 拥堵 拥堵 拥堵 路口'))
    expect(summariseCorrections(rows, { ...opts, termsOf: () => new Set() }).departments[0]!.proposed).toEqual([{ term: '拥堵', count: MIN_SUPPORT }, { term: '路口', count: MIN_SUPPORT }])
    // A word inside a term the chosen department already has (拥堵 in 交通拥堵) is not proposed.
    expect(summariseCorrections(rows, opts).departments[0]!.proposed).toEqual([{ term: '路口', count: MIN_SUPPORT }])
  })

  it('lists place corrections apart, and nothing when the operator chose what was suggested or only a government', () => {
    const s = summariseCorrections(
      [
        row('a', { chosen_department: 'jyj' }),
        row('b', { chosen_department: null, chosen_code: '370112' }),
        row('c', { chosen_department: null, chosen_code: '370112' }),
      ],
      opts,
    )
    expect(s.departments).toEqual([])
    expect(s.places).toEqual([{ from: '370102', to: '370112', count: 2, misleading: [{ term: '历下区', count: 2 }], examples: ['b', 'c'] }])
    expect(summariseCorrections([], opts)).toEqual({ total: 0, departments: [], places: [] })
  })
})
