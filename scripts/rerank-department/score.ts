/**
 * `npx tsx scripts/rerank-department/score.ts <part>`: today's tagger on test/fixtures/eval-real/<part>.jsonl,
 * alone and with the re-ranker chosen by experiment.ts (CHOSEN in common.ts, fitted on the four fresh parts;
 * its text model trained on tune … tune10, without <part> if it is one of them). Prints two summary lines
 * only — department first-suggestion correct/total and no-department items left at none — never an item,
 * so the lead can score a part nobody here may read (README.md here).
 */
import { FRESH_PARTS, caseOf, fitChosen, freshRows, scoreRows, todayRows, TRAIN_PARTS, type Row } from './common.ts'

const part = process.argv[2]
if (!part || !/^[\w-]+$/.test(part)) throw new Error('usage: score.ts <part>')
const today = new Map(TRAIN_PARTS.map((p) => [p, todayRows(p)]))
const fresh = new Map(FRESH_PARTS.map((p) => [p, freshRows(p).rows]))
const { reranker, nb } = fitChosen(today, fresh, part)
const rows: Row[] = today.get(part) ?? todayRows(part)
const pct = (k: number, n: number) => (n ? `${((100 * k) / n).toFixed(1)} % (${k}/${n})` : 'n/a')
const line = (name: string, swap: (r: Row) => boolean) => {
  const s = scoreRows(rows, swap)
  console.log(`${name}: department (first suggestion) ${pct(s.right, s.total)}, no department, none given ${pct(s.none, s.noneTotal)}`)
}
line(`${part} · rules alone`, () => false)
line(`${part} · with re-ranker`, (r) => {
  const c = caseOf(r, nb)
  return c !== null && reranker.swap(c.f)
})
