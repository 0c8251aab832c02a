import { isLowConfidence } from '@shared/tagging/confidence.ts'
import type { ItemTags, RegionTag } from '@shared/types/item.ts'
import type { LabelledItem } from './eval-corpus.ts'
import type { Gazetteer } from './gazetteer.ts'

export interface Ratio {
  correct: number
  total: number
}

/** One miss, with what decided it: the department terms or the place names found. */
export interface Confusion {
  ref: string
  field: 'department' | 'city' | 'county' | 'outside'
  want: string
  got: string
  evidence: string[]
  title: string
}

export interface SetReport {
  size: number
  /** First suggestion against items labelled with a department. */
  department: Ratio
  /** Items labelled with no department that were given none. */
  departmentNone: Ratio
  /** Home-province items: the city (null for a province-level item) matches. */
  city: Ratio
  /** Home-province items whose city is labelled: the county matches, null for a city-wide item. */
  county: Ratio
  /** Items outside the home province (or in no province): not given a home-province place. */
  outside: Ratio
  perDepartment: Map<string, Ratio>
  /** Misses of each field by kind: counts only, so the locked part can print them too. */
  kinds: Record<'department' | 'city' | 'county', MissKinds>
  /** Suggestions as /triage shows them, sure or 把握低, and how often each is right. */
  sureness: Record<'department' | 'place', Sureness>
  confusions: Confusion[]
}

/**
 * How often a suggestion the operator sees as sure is right, and one shown as low (LOW_CONFIDENCE).
 * Every suggestion made counts, on any item: a department on a no-department item is wrong.
 */
export interface Sureness {
  sure: Ratio
  low: Ratio
}

/**
 * The kinds a miss of one field comes in: a different answer (`wrong`), none where the label has
 * one (`missing`: for a county, place evidence below the county the tagger did not read), or one
 * where the label has none (`extra`: a city-wide item pinned to a county, a department where none
 * answers). A home item placed in another province counts as `wrong` for its city.
 */
export interface MissKinds {
  wrong: number
  missing: number
  extra: number
}

export type MissKind = keyof MissKinds

/** The kind of a miss between a labelled and a suggested value (null: none); null when they agree. */
export function missKind(want: string | null, got: string | null): MissKind | null {
  if (want === got) return null
  if (want === null) return 'extra'
  return got === null ? 'missing' : 'wrong'
}

const ratio = (): Ratio => ({ correct: 0, total: 0 })
const kinds = (): MissKinds => ({ wrong: 0, missing: 0, extra: 0 })
const sureness = (): Sureness => ({ sure: ratio(), low: ratio() })

/**
 * Whether a suggested region is the labelled place: at every level the label has, for a home item;
 * the province, for an item elsewhere (labelled by province only); none at all, for a national one.
 */
function isRightPlace(region: RegionTag, label: LabelledItem['label'], home: string): boolean {
  if (label.province === home) return region.province === home && (region.city ?? null) === label.city && (region.county ?? null) === label.county
  return label.province !== null && region.province === label.province
}

function count(r: Ratio, ok: boolean): boolean {
  r.total++
  if (ok) r.correct++
  return ok
}

/** Place names of the gazetteer written in the text, longest first, for a place confusion. */
function placeEvidence(gazetteer: Gazetteer, title: string, text: string): string[] {
  const both = `${title}\n${text}`
  const found = gazetteer.names.filter((n) => both.includes(n.surface)).map((n) => n.surface)
  return found.filter((s) => !found.some((o) => o !== s && o.includes(s))).slice(0, 6)
}

function regionText(t: ItemTags): string {
  const r = t.region
  if (!r) return 'none'
  return [r.province, r.city, r.county].filter(Boolean).join('/') || 'none'
}

/**
 * Scores tags against labels by the definitions of test/fixtures/eval-real/README.md. Every
 * miss is kept as a confusion; whether it is shown is the caller's choice (tune sets only).
 */
export function scoreSet(items: LabelledItem[], tags: ItemTags[], gazetteer: Gazetteer): SetReport {
  const home = gazetteer.home.name
  const r: SetReport = {
    size: items.length,
    department: ratio(),
    departmentNone: ratio(),
    city: ratio(),
    county: ratio(),
    outside: ratio(),
    perDepartment: new Map(),
    kinds: { department: kinds(), city: kinds(), county: kinds() },
    sureness: { department: sureness(), place: sureness() },
    confusions: [],
  }
  const shown = (s: Sureness, confidence: number | undefined, ok: boolean) => {
    if (confidence !== undefined) count(isLowConfidence(confidence) ? s.low : s.sure, ok)
  }
  const tally = (field: keyof SetReport['kinds'], want: string | null, got: string | null) => {
    const kind = missKind(want, got)
    if (kind) r.kinds[field][kind]++
  }
  const miss = (item: LabelledItem, field: Confusion['field'], want: string, got: string, evidence: string[]) =>
    r.confusions.push({ ref: item.ref, field, want, got, evidence, title: item.title || item.text.slice(0, 40) })
  items.forEach((item, i) => {
    const t = tags[i]!
    const { label } = item
    const first = t.departments[0]
    tally('department', label.department, first?.id ?? null)
    if (first) shown(r.sureness.department, first.confidence, first.id === label.department)
    if (t.region) shown(r.sureness.place, t.region.confidence, isRightPlace(t.region, label, home))
    if (label.department) {
      const per = r.perDepartment.get(label.department) ?? ratio()
      r.perDepartment.set(label.department, per)
      const ok = first?.id === label.department
      count(per, ok)
      if (!count(r.department, ok)) {
        const wanted = t.departments.find((d) => d.id === label.department)
        const evidence = [...(first?.terms ?? []), ...(wanted ? [`(${wanted.id}: ${wanted.terms.join('、')})`] : [])]
        miss(item, 'department', label.department, first ? `${first.id}:${first.score}` : 'none', evidence)
      }
    } else if (!count(r.departmentNone, !first)) miss(item, 'department', 'none', `${first!.id}:${first!.score}`, first!.terms)

    const inHome = t.region?.province === home
    if (label.province === home) {
      // A region in another province has no home city: that is a miss, not a match on null.
      const gotCity = inHome ? (t.region!.city ?? null) : t.region ? `(${t.region.province})` : null
      tally('city', label.city, gotCity)
      if (!count(r.city, gotCity === label.city)) miss(item, 'city', label.city ?? 'none', regionText(t), placeEvidence(gazetteer, item.title, item.text))
      if (label.city) {
        const gotCounty = inHome ? (t.region!.county ?? null) : null
        tally('county', label.county, gotCounty)
        if (!count(r.county, gotCounty === label.county)) miss(item, 'county', label.county ?? 'none', regionText(t), placeEvidence(gazetteer, item.title, item.text))
      }
    } else if (!count(r.outside, !inHome)) miss(item, 'outside', label.province ?? 'no province', regionText(t), placeEvidence(gazetteer, item.title, item.text))
  })
  return r
}

const pct = (s: Ratio) => (s.total === 0 ? 'n/a' : `${((100 * s.correct) / s.total).toFixed(1)}% (${s.correct}/${s.total})`)

/**
 * How a set's misses are treated: listed (a tune set), held back on request, or locked (a
 * held-out or test set is scored, never read for misses).
 */
export type ConfusionMode = 'show' | 'hidden' | 'locked'

/** The printed report of one set. */
export function formatReport(name: string, r: SetReport, opts: { confusions: ConfusionMode; extra?: [string, string][] }): string[] {
  const lines = [
    `== ${name} (${r.size} items)`,
    `  department (first suggestion)       ${pct(r.department)}`,
    `  no department, none given           ${pct(r.departmentNone)}`,
    `  city                                ${pct(r.city)}`,
    `  county                              ${pct(r.county)}`,
    `  outside Shandong, no Shandong place ${pct(r.outside)}`,
    ...(opts.extra ?? []).map(([k, v]) => `  ${k.padEnd(36)}${v}`),
    `  misses by kind (wrong / none given / given where none):`,
    `    ${(['department', 'city', 'county'] as const).map((f) => `${f} ${r.kinds[f].wrong}/${r.kinds[f].missing}/${r.kinds[f].extra}`).join('   ')}`,
    '  as /triage shows them, sure or 把握低 (right / shown):',
    ...(['department', 'place'] as const).map((f) => `    ${f.padEnd(11)} sure ${pct(r.sureness[f].sure).padEnd(20)} low ${pct(r.sureness[f].low)}`),
    '  per department (first suggestion):',
  ]
  const depts = [...r.perDepartment].sort((a, b) => b[1].total - a[1].total || a[0].localeCompare(b[0]))
  for (let i = 0; i < depts.length; i += 4) lines.push(`    ${depts.slice(i, i + 4).map(([id, s]) => `${id.padEnd(6)}${pct(s).padEnd(20)}`).join('')}`.trimEnd())
  if (opts.confusions === 'show') {
    lines.push(`  confusions (${r.confusions.length}): expected → got [what decided]`)
    for (const c of r.confusions) lines.push(`    ${c.ref} ${c.field}: ${c.want} → ${c.got} [${c.evidence.join(', ')}] | ${c.title}`)
  } else if (opts.confusions === 'hidden') lines.push(`  confusions (${r.confusions.length}): not shown (--verbose lists them)`)
  else lines.push('  confusions: not shown (locked set: scored, never read for misses)')
  return lines
}
