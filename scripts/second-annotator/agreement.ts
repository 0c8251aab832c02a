import fs from 'node:fs'
import path from 'node:path'
import { defaultCatalogue } from '../../server/classify/default-catalogue.ts'
import { readCorpus, type Label, type LabelledItem } from '../../server/classify/eval-corpus.ts'
import { scoreSet, type Ratio, type SetReport } from '../../server/classify/eval-report.ts'
import { Gazetteer } from '../../server/classify/gazetteer.ts'
import { Tagger } from '../../server/classify/tagger.ts'
import type { ItemTags } from '../../shared/types/item.ts'

/**
 * `npx tsx scripts/second-annotator/agreement.ts [labels folder]`: how often a second annotator, labelling blind by
 * the same guideline, agrees with the first — the ceiling any tagger is measured against — beside the
 * tagger's own figures on the same items (README.md beside this file). Every figure is `npm run eval`'s
 * definition (scoreSet), with one annotator's labels read as the other's "suggestions".
 */
const ROOT = path.resolve(import.meta.dirname, '../..')
const REAL = path.join(ROOT, 'test/fixtures/eval-real')
/** The second annotator's labels: `labels/` (the v1.1 round), or the folder named on the command line (`labels-v1.2`). */
const SECOND = path.join(import.meta.dirname, process.argv[2] ?? 'labels')
/** The tagger's answers at the commit that scored each part once, before any tuning on it (dump-tags.ts). */
const FRESH = path.join(import.meta.dirname, 'fresh')
const HOME = '山东省'

const gazetteer = new Gazetteer(HOME)
const tagger = new Tagger(gazetteer, defaultCatalogue())

/** A label read as tags: the department as the only suggestion, the place as the region. */
function asTags(label: Label): ItemTags {
  const departments = label.department ? [{ id: label.department, name: label.department, score: 1, terms: [] }] : []
  const region = label.province ? { province: label.province, city: label.city, county: label.county, code: null } : null
  return { departments, region, unit: null, severity: null }
}

interface FreshTags {
  id: string
  department: string | null
  region: { province: string | null; city: string | null; county: string | null } | null
}

/** The fresh tagger's answers for a part, in the part's order, or null when none were recorded. */
function freshTags(part: string, items: LabelledItem[]): ItemTags[] | null {
  const file = path.join(FRESH, `${part}.jsonl`)
  if (!fs.existsSync(file)) return null
  const byId = new Map(
    fs
      .readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as FreshTags)
      .map((t) => [t.id, t]),
  )
  return items.map((i) => {
    const t = byId.get(i.ref)
    if (!t) throw new Error(`${file}: no answer for ${i.ref}`)
    return asTags({ department: t.department, province: t.region?.province ?? null, city: t.region?.city ?? null, county: t.region?.county ?? null })
  })
}

const pct = (r: Ratio) => (r.total === 0 ? 'n/a'.padEnd(20) : `${((100 * r.correct) / r.total).toFixed(1)} % (${r.correct}/${r.total})`.padEnd(20))
const row = (name: string, r: SetReport) =>
  `  ${name.padEnd(34)}department ${pct(r.department)} none kept ${pct(r.departmentNone)} city ${pct(r.city)} county ${pct(r.county)} outside ${pct(r.outside)}`

/** Items both annotators gave the same department and the same place: the ones a tagger can be held to. */
function agreed(a: Label, b: Label): boolean {
  return a.department === b.department && a.province === b.province && a.city === b.city && a.county === b.county
}

const parts = fs
  .readdirSync(SECOND)
  .filter((f) => f.endsWith('.jsonl'))
  .map((f) => f.replace(/\.jsonl$/, ''))
  .sort()
const all = { first: [] as LabelledItem[], second: [] as LabelledItem[], fresh: [] as ItemTags[] | null }
all.fresh = []
for (const part of [...parts, 'all']) {
  let first: LabelledItem[]
  let second: LabelledItem[]
  let fresh: ItemTags[] | null
  if (part === 'all') ({ first, second, fresh } = all)
  else {
    const byId = new Map(readCorpus(path.join(REAL, `${part}.jsonl`)).map((i) => [i.ref, i]))
    second = readCorpus(path.join(SECOND, `${part}.jsonl`))
    first = second.map((s) => {
      const f = byId.get(s.ref)
      if (!f) throw new Error(`${part}: ${s.ref} is not in ${part}.jsonl`)
      return f
    })
    if (second.length !== byId.size) console.log(`  (${part}: ${second.length} of ${byId.size} items labelled twice)`)
    all.first.push(...first)
    all.second.push(...second)
    fresh = freshTags(part, first)
    // The whole's fresh figure only when every part has one: a partial one would mix taggers unevenly.
    all.fresh = fresh && all.fresh ? [...all.fresh, ...fresh] : null
  }
  const tags = first.map((i) => tagger.tag(i.title, i.text, i.source ? { name: i.source } : null))
  const both = first.map((f, i) => agreed(f.label, second[i]!.label))
  const pick = <T>(xs: T[]) => xs.filter((_, i) => both[i])
  console.log(`== ${part} (${first.length} items; both annotators agree on department and place: ${both.filter(Boolean).length})`)
  console.log(row('second annotator vs first', scoreSet(first, second.map((s) => asTags(s.label)), gazetteer)))
  console.log(row('first annotator vs second', scoreSet(second, first.map((f) => asTags(f.label)), gazetteer)))
  console.log(row('tagger vs first (tuned on these)', scoreSet(first, tags, gazetteer)))
  console.log(row('tagger vs second', scoreSet(second, tags, gazetteer)))
  console.log(row('tagger, where both agree', scoreSet(pick(first), pick(tags), gazetteer)))
  if (fresh) {
    console.log(row('fresh tagger vs first (unseen)', scoreSet(first, fresh, gazetteer)))
    console.log(row('fresh tagger vs second', scoreSet(second, fresh, gazetteer)))
    console.log(row('fresh tagger, where both agree', scoreSet(pick(first), pick(fresh), gazetteer)))
  }
}
