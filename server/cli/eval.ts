import path from 'node:path'
import { loadConfig } from '../config.ts'
import { defaultCatalogue } from '../classify/default-catalogue.ts'
import { readEvalSet, scoreEval, type FieldScore } from '../classify/eval-set.ts'
import { Gazetteer } from '../classify/gazetteer.ts'
import { Tagger } from '../classify/tagger.ts'

/**
 * `npm run eval [-- --verbose]`: accuracy per field on the tuning split and on the held-out split
 * (test/fixtures/eval), with the default catalogue. --verbose lists every miss.
 */
const EVAL_DIR = path.resolve(import.meta.dirname, '../../test/fixtures/eval')
const SPLITS = ['tune', 'holdout'] as const

const pct = (s: FieldScore) => (s.total === 0 ? 'n/a' : `${((100 * s.correct) / s.total).toFixed(1)}% (${s.correct}/${s.total})`)

const config = loadConfig(process.env)
const tagger = new Tagger(new Gazetteer(config.homeProvince), defaultCatalogue())
const verbose = process.argv.includes('--verbose')
for (const split of SPLITS) {
  const items = readEvalSet(path.join(EVAL_DIR, `${split}.tsv`))
  const report = scoreEval(items, items.map((i) => tagger.tag(i.title, i.text)))
  console.log(`${split} (${items.length} items)`)
  console.log(`  department top-1   ${pct(report.department_top1)}`)
  console.log(`  city               ${pct(report.city)}`)
  console.log(`  county (named)     ${pct(report.county)}`)
  console.log(`  incident level     ${pct(report.level_exact)}`)
  console.log(`  level false alarms ${pct(report.level_false_alarms)}`)
  if (verbose) for (const m of report.misses) console.log(`    ${m}`)
}
