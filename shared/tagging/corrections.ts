/**
 * Learning from operators (纠错): when an operator opens a case for another department or place
 * than the tagging suggested, the correction is recorded with the words behind the suggestion.
 * This module groups them — most frequent first — and proposes terms for the department the
 * operators chose. Pure: the segmenter is passed in.
 */

/** One recorded correction, as the summary reads it. */
export interface TagCorrection {
  suggested_department: string | null
  chosen_department: string | null
  suggested_code: string | null
  chosen_code: string | null
  /** The suggested department's matched terms: the words that led the tagger there. */
  department_terms: readonly string[]
  /** The words behind the suggested place (RegionTag.terms). */
  place_terms: readonly string[]
  title: string
  text: string
}

export interface WordCount {
  term: string
  count: number
}

/** Operators moved items from one department to another this many times. */
export interface DepartmentCorrectionGroup {
  from: string | null
  to: string
  count: number
  /** The suggested department's words in these items, most frequent first. */
  misleading: WordCount[]
  /** Words the corrected items share that the chosen department lacks: candidate terms. */
  proposed: WordCount[]
  examples: string[]
}

export interface PlaceCorrectionGroup {
  from: string | null
  to: string
  count: number
  misleading: WordCount[]
  examples: string[]
}

export interface CorrectionSummary {
  total: number
  departments: DepartmentCorrectionGroup[]
  places: PlaceCorrectionGroup[]
}

export interface SummaryOptions {
  cut: (text: string) => string[]
  /** The terms a department already has: they are not proposed again. */
  termsOf: (departmentId: string) => ReadonlySet<string>
  /** Place names are the place's evidence, not a department's. */
  isPlaceWord: (word: string) => boolean
}

/** A term is proposed once this many corrected items share it: one item is an anecdote. */
export const MIN_SUPPORT = 3
const MAX_GROUPS = 20
const MAX_WORDS = 6
const MAX_EXAMPLES = 3

/** Newsroom and filler words that every item has (本报, 记者, 近日…): never a department's term. */
const FILLER = new Set([
  '本报', '记者', '通讯员', '近日', '日前', '今天', '昨天', '目前', '相关', '工作', '进行', '发生', '表示', '情况', '问题', '部门',
  '市民', '网友', '反映', '发现', '没有', '已经', '一个', '我们', '他们', '什么', '这个', '时候', '消息', '日讯', '报道', '现场',
  '有关', '通报', '回应', '发布', '官方', '一名', '多名', '男子', '女子', '居民', '群众', '小区', '附近', '要求', '希望', '能够',
])

const isCandidate = (w: string) => /^\p{Script=Han}{2,8}$/u.test(w) && !FILLER.has(w)

function countWords(lists: readonly (readonly string[])[], keep: (w: string) => boolean): WordCount[] {
  const counts = new Map<string, number>()
  for (const list of lists) for (const w of new Set(list)) if (keep(w)) counts.set(w, (counts.get(w) ?? 0) + 1)
  return [...counts]
    .map(([term, count]) => ({ term, count }))
    .sort((a, b) => b.count - a.count || b.term.length - a.term.length || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
}

function groupBy<K>(rows: readonly TagCorrection[], key: (r: TagCorrection) => K | undefined): Map<string, { key: K; rows: TagCorrection[] }> {
  const groups = new Map<string, { key: K; rows: TagCorrection[] }>()
  for (const r of rows) {
    const k = key(r)
    if (k === undefined) continue
    const id = JSON.stringify(k)
    const g = groups.get(id) ?? { key: k, rows: [] }
    g.rows.push(r)
    groups.set(id, g)
  }
  return groups
}

const byCount = <T extends { count: number }>(a: T, b: T) => b.count - a.count

/** The corrections grouped by what was suggested and what was chosen, most frequent first. */
export function summariseCorrections(rows: readonly TagCorrection[], opts: SummaryOptions): CorrectionSummary {
  const deptGroups = groupBy(rows, (r) =>
    r.chosen_department && r.chosen_department !== r.suggested_department ? { from: r.suggested_department, to: r.chosen_department } : undefined,
  )
  const departments = [...deptGroups.values()].map(({ key, rows: group }): DepartmentCorrectionGroup => {
    const misleading = countWords(group.map((r) => r.department_terms), () => true)
    const known = opts.termsOf(key.to)
    const misled = new Set(misleading.map((m) => m.term))
    const words = group.map((r) => opts.cut(`${r.title}。${r.text}`))
    // A word inside a term the department has (黑烟 in 冒黑烟) would add nothing.
    const isKnown = (w: string) => [...known].some((k) => k.includes(w))
    const proposed = countWords(words, (w) => isCandidate(w) && !isKnown(w) && !misled.has(w) && !opts.isPlaceWord(w)).filter((w) => w.count >= MIN_SUPPORT)
    return { from: key.from, to: key.to, count: group.length, misleading: misleading.slice(0, MAX_WORDS), proposed: proposed.slice(0, MAX_WORDS), examples: group.slice(0, MAX_EXAMPLES).map((r) => r.title) }
  })
  const placeGroups = groupBy(rows, (r) => (r.chosen_code && r.chosen_code !== r.suggested_code ? { from: r.suggested_code, to: r.chosen_code } : undefined))
  const places = [...placeGroups.values()].map(({ key, rows: group }): PlaceCorrectionGroup => ({
    from: key.from,
    to: key.to,
    count: group.length,
    misleading: countWords(group.map((r) => r.place_terms), () => true).slice(0, MAX_WORDS),
    examples: group.slice(0, MAX_EXAMPLES).map((r) => r.title),
  }))
  return { total: rows.length, departments: departments.sort(byCount).slice(0, MAX_GROUPS), places: places.sort(byCount).slice(0, MAX_GROUPS) }
}
