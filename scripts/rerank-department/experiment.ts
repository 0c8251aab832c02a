/**
 * Experiment (issue 19): learn when to swap the rules' first two department candidates from the rules'
 * behaviour on text they had NOT been tuned on — the candidates each fresh part (tune7 … tune10) got
 * from the commit that scored it once, before any tuning on it (fresh/, dump-candidates.ts). Every
 * setting and variant is scored by leave-one-part-out over the four fresh parts; the text model is
 * never trained on the part it scores. `npx tsx scripts/rerank-department/experiment.ts` prints the
 * table, the variant chosen by it, and that variant on today's tagger over tune … tune10 (in-sample
 * for the rules). Never tune11 or the locked part: see README.md beside this file.
 */
import {
  caseOf,
  CHOSEN,
  type Case,
  FRESH_PARTS,
  freshRows,
  NaiveBayes,
  NB_SETTINGS,
  type Reranker,
  type Row,
  type Score,
  scoreRows,
  todayRows,
  TRAIN_PARTS,
  VARIANTS,
} from './common.ts'

const today = new Map(TRAIN_PARTS.map((p) => [p, todayRows(p)]))
const fresh = new Map(
  FRESH_PARTS.map((p) => {
    const { rows, dumped } = freshRows(p)
    console.log(`fresh ${p}: ${dumped} items dumped, ${rows.length} found in today's part (of ${today.get(p)!.length})`)
    return [p, rows]
  }),
)

const add = (a: Score, b: Score): Score => ({
  right: a.right + b.right,
  total: a.total + b.total,
  none: a.none + b.none,
  noneTotal: a.noneTotal + b.noneTotal,
  swaps: a.swaps + b.swaps,
  rightSwaps: a.rightSwaps + b.rightSwaps,
  wrongSwaps: a.wrongSwaps + b.wrongSwaps,
})
const zero: Score = { right: 0, total: 0, none: 0, noneTotal: 0, swaps: 0, rightSwaps: 0, wrongSwaps: 0 }

// Rules alone on the fresh parts, and where the right department sits among the candidates.
for (const [p, rows] of fresh) {
  const s = scoreRows(rows, () => false)
  const at2 = rows.filter((r) => r.dept && r.top[1]?.id === r.dept).length
  const at3 = rows.filter((r) => r.dept && r.top[2]?.id === r.dept).length
  const two = rows.filter((r) => r.top.length >= 2).length
  console.log(`  ${p}: rules ${s.right}/${s.total}, none kept ${s.none}/${s.noneTotal}; right at rank 2: ${at2}, rank 3: ${at3}; items with 2+ candidates: ${two}`)
}

function nbCache(setting: (typeof NB_SETTINGS)[number]) {
  const cache = new Map<string, NaiveBayes>()
  return (without: string[]) => {
    const key = [...without].sort().join(',')
    let m = cache.get(key)
    if (!m) {
      const rows = TRAIN_PARTS.filter((p) => !without.includes(p)).flatMap((p) => today.get(p)!)
      m = new NaiveBayes(rows, setting.alpha, setting.bigrams)
      cache.set(key, m)
    }
    return m
  }
}

/** Training cases from fresh parts `parts`, each featured by a text model trained without it and without `also`. */
function casesOf(parts: string[], nbWithout: (w: string[]) => NaiveBayes, also: string[]): Case[] {
  return parts.flatMap((a) => {
    const nb = nbWithout([a, ...also])
    return fresh.get(a)!.flatMap((r) => caseOf(r, nb) ?? [])
  })
}

const applied = (reranker: Reranker, nb: NaiveBayes) => (r: Row) => {
  const c = caseOf(r, nb)
  return c !== null && reranker.swap(c.f)
}

interface Result {
  setting: string
  variant: string
  perPart: Map<string, Score>
  sum: Score
}
const results: Result[] = []
for (const setting of NB_SETTINGS) {
  const nbWithout = nbCache(setting)
  for (const v of VARIANTS) {
    const perPart = new Map<string, Score>()
    let sum = zero
    for (const d of FRESH_PARTS) {
      const reranker = v.fit(casesOf(FRESH_PARTS.filter((p) => p !== d), nbWithout, [d]))
      const s = scoreRows(fresh.get(d)!, applied(reranker, nbWithout([d])))
      perPart.set(d, s)
      sum = add(sum, s)
    }
    results.push({ setting: setting.name, variant: v.name, perPart, sum })
  }
}

const rules = scoreRows([...fresh.values()].flat(), () => false)
const cell = (s: Score) => `${s.right}/${s.total}${s.swaps ? ` (${s.swaps} swaps: ${s.rightSwaps} right, ${s.wrongSwaps} wrong)` : ''}`
console.log('\n== leave-one-part-out over the fresh parts (department, first suggestion; none kept is unchanged by any swap)')
console.log(`| setting | variant | ${FRESH_PARTS.join(' | ')} | sum |`)
console.log(`| --- | --- | ${FRESH_PARTS.map(() => '---').join(' | ')} | --- |`)
for (const r of results) console.log(`| ${r.setting} | ${r.variant} | ${FRESH_PARTS.map((p) => cell(r.perPart.get(p)!)).join(' | ')} | ${cell(r.sum)} |`)
console.log(`rules alone: ${rules.right}/${rules.total}, none kept ${rules.none}/${rules.noneTotal}`)

// The choice: the largest sum; ties go to fewer swaps, then the earlier row.
let chosen = results[0]!
for (const r of results) if (r.sum.right > chosen.sum.right || (r.sum.right === chosen.sum.right && r.sum.swaps < chosen.sum.swaps)) chosen = r
console.log(`\nchosen by the cross-validation: ${chosen.setting} · ${chosen.variant} — ${cell(chosen.sum)} against the rules' ${rules.right}/${rules.total}`)

// The choice above is itself fitted to the four parts (the best of 28 rows). Nested: for each part d, the
// row is chosen by leave-one-part-out over the other three (train on two, score the third), fitted on
// those three and scored on d — the figure the whole procedure would get on a part it never saw.
{
  let nested = zero
  const picks: string[] = []
  for (const d of FRESH_PARTS) {
    const inner = FRESH_PARTS.filter((p) => p !== d)
    let best: { s: (typeof NB_SETTINGS)[number]; v: (typeof VARIANTS)[number]; right: number; swaps: number } | null = null
    for (const s of NB_SETTINGS) {
      const nbW = nbCache(s)
      for (const v of VARIANTS) {
        let right = 0
        let sw = 0
        for (const e of inner) {
          const rr = v.fit(casesOf(inner.filter((p) => p !== e), nbW, [e, d]))
          const sc = scoreRows(fresh.get(e)!, applied(rr, nbW([e, d])))
          right += sc.right
          sw += sc.swaps
        }
        if (!best || right > best.right || (right === best.right && sw < best.swaps)) best = { s, v, right, swaps: sw }
      }
    }
    const nbW = nbCache(best!.s)
    const rr = best!.v.fit(casesOf(inner, nbW, [d]))
    const sc = scoreRows(fresh.get(d)!, applied(rr, nbW([d])))
    nested = add(nested, sc)
    picks.push(`${d}: ${best!.s.name} · ${best!.v.name} → ${cell(sc)}`)
  }
  console.log(`\nnested (the choice made inside each fold): ${cell(nested)} against the rules' ${rules.right}/${rules.total}`)
  for (const p of picks) console.log(`  ${p}`)
}

// The chosen variant fitted on all four fresh parts, as score.ts fits it.
const setting = NB_SETTINGS.find((s) => s.name === chosen.setting)!
const nbWithout = nbCache(setting)
const final = VARIANTS.find((v) => v.name === chosen.variant)!.fit(casesOf(FRESH_PARTS, nbWithout, []))
console.log(`fitted on all four fresh parts: ${final.describe}`)
if (chosen.setting !== CHOSEN.setting || chosen.variant !== CHOSEN.variant) console.log('NOTE: common.ts CHOSEN (what score.ts applies) differs from this choice')

console.log('\n== the fitted variant on TODAY\'s tagger, tune … tune10 (in-sample for the rules; the text model trained without the part it scores)')
let before = zero
let after = zero
for (const p of TRAIN_PARTS) {
  const rows = today.get(p)!
  const b = scoreRows(rows, () => false)
  const a = scoreRows(rows, applied(final, nbWithout([p])))
  before = add(before, b)
  after = add(after, a)
  console.log(`  ${p}: rules ${b.right}/${b.total} → ${cell(a)}, none kept ${a.none}/${a.noneTotal}`)
}
console.log(`  sum: rules ${before.right}/${before.total} → ${cell(after)}, none kept ${after.none}/${after.noneTotal}`)

if (process.argv.includes('--detail')) {
  const show = (label: string, rows: Row[], nb: NaiveBayes) => {
    for (const r of rows) {
      const c = caseOf(r, nb)
      if (!c || !final.swap(c.f)) continue
      const f = c.f
      const verdict = c.y === -1 ? 'right' : c.y === 1 ? 'WRONG' : 'neither'
      console.log(`  ${label} ${r.ref}: ${r.top[0]!.id}(${r.top[0]!.score}: ${r.top[0]!.terms.join('/')}) → ${r.top[1]!.id}(${r.top[1]!.score}: ${r.top[1]!.terms.join('/')}), label ${r.dept ?? 'none'}, ${verdict}; nb ${f.nb.toFixed(1)}, ratio ${f.ratio.toFixed(2)}, head ${Number(f.headA)}${Number(f.headB)}, own ${Number(f.ownA)}${Number(f.ownB)}`)
    }
  }
  console.log('\n== swaps of the fitted variant (fresh candidates, then today\'s)')
  for (const p of FRESH_PARTS) show(`fresh ${p}`, fresh.get(p)!, nbWithout([p]))
  for (const p of TRAIN_PARTS) show(`today ${p}`, today.get(p)!, nbWithout([p]))
}
