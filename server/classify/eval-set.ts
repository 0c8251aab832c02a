import fs from 'node:fs'
import type { ItemTags } from '@shared/types/item.ts'

/** One labelled item of test/fixtures/eval/*.tsv; null where the label is `-`. */
export interface EvalItem {
  line: number
  department: string | null
  city: string | null
  county: string | null
  level: string | null
  title: string
  text: string
}

export function readEvalSet(file: string): EvalItem[] {
  const items: EvalItem[] = []
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      if (!raw.trim() || raw.startsWith('#')) return
      const cols = raw.split('\t')
      if (cols.length !== 6) throw new Error(`${file}:${i + 1}: expected 6 tab-separated columns, got ${cols.length}`)
      const [department, city, county, level, title, text] = cols.map((c) => c.trim()) as [string, string, string, string, string, string]
      const orNull = (v: string) => (v === '-' ? null : v)
      items.push({ line: i + 1, department: orNull(department), city: orNull(city), county: orNull(county), level: orNull(level), title, text })
    })
  return items
}

export interface FieldScore {
  correct: number
  total: number
}

export interface EvalReport {
  department_top1: FieldScore
  city: FieldScore
  county: FieldScore
  level_exact: FieldScore
  /** Items labelled as no incident that were given a level. */
  level_false_alarms: FieldScore
  misses: string[]
}

/**
 * Scores tags against labels. City counts every item (a null label expects null); county counts
 * items whose label names a county (the issue's "where a county is named"); level counts
 * incidents, and false alarms are counted apart.
 */
export function scoreEval(items: EvalItem[], tags: ItemTags[]): EvalReport {
  const r: EvalReport = {
    department_top1: { correct: 0, total: 0 },
    city: { correct: 0, total: 0 },
    county: { correct: 0, total: 0 },
    level_exact: { correct: 0, total: 0 },
    level_false_alarms: { correct: 0, total: 0 },
    misses: [],
  }
  const count = (score: FieldScore, ok: boolean, item: EvalItem, field: string, want: unknown, got: unknown) => {
    score.total++
    if (ok) score.correct++
    else r.misses.push(`line ${item.line} ${field}: want ${String(want)} got ${String(got)} | ${item.title}`)
  }
  items.forEach((item, i) => {
    const t = tags[i]!
    if (item.department) count(r.department_top1, t.departments[0]?.id === item.department, item, 'department', item.department, t.departments.map((d) => `${d.id}:${d.score}`).join(','))
    count(r.city, (t.region?.city ?? null) === item.city, item, 'city', item.city, t.region?.city ?? null)
    if (item.county) count(r.county, t.region?.county === item.county, item, 'county', item.county, t.region?.county ?? null)
    const level = t.severity?.level ?? null
    if (item.level) count(r.level_exact, level === item.level, item, 'level', item.level, `${level} ${t.severity?.signals.join('/') ?? ''}`)
    else {
      r.level_false_alarms.total++
      if (level !== null) {
        r.level_false_alarms.correct++
        r.misses.push(`line ${item.line} level: want none got ${level} ${t.severity?.signals.join('/') ?? ''} | ${item.title}`)
      }
    }
  })
  return r
}
