import fs from 'node:fs'
import path from 'node:path'
import { defaultCatalogue } from '../classify/default-catalogue.ts'
import { ownSetItems, readCorpus, type LabelledItem } from '../classify/eval-corpus.ts'
import { LATER_TUNE_PARTS } from '../classify/eval-parts.ts'
import { formatReport, scoreSet } from '../classify/eval-report.ts'
import { readEvalSet, scoreEval, type FieldScore } from '../classify/eval-set.ts'
import { Gazetteer } from '../classify/gazetteer.ts'
import { Tagger } from '../classify/tagger.ts'

/**
 * `npm run eval [-- --own DIR] [-- --real DIR] [-- --verbose]`: the default catalogue scored on
 * the project's own set (test/fixtures/eval: tune, holdout) and on the real corpus
 * (test/fixtures/eval-real: tune, tune2 … tune20, test). Confusions are printed for the real tune parts; the
 * locked test part and the own holdout print figures only. --verbose adds the own tune's.
 */
const ROOT = path.resolve(import.meta.dirname, '../..')
// The labels are a Shandong analyst's (docs/tagging-guideline.md), whatever YQ_HOME_PROVINCE says.
const HOME = '山东省'

function argValue(name: string, fallback: string): string {
  const at = process.argv.indexOf(name)
  const v = at >= 0 ? process.argv[at + 1] : undefined
  return path.resolve(v ?? fallback)
}

function mustExist(file: string): string {
  if (!fs.existsSync(file)) {
    console.error(`eval: ${path.relative(process.cwd(), file)} does not exist`)
    process.exit(2)
  }
  return file
}

const pct = (s: FieldScore) => (s.total === 0 ? 'n/a' : `${((100 * s.correct) / s.total).toFixed(1)}% (${s.correct}/${s.total})`)

const ownDir = argValue('--own', path.join(ROOT, 'test/fixtures/eval'))
const realDir = argValue('--real', path.join(ROOT, 'test/fixtures/eval-real'))
const verbose = process.argv.includes('--verbose')
const gazetteer = new Gazetteer(HOME)
const tagger = new Tagger(gazetteer, defaultCatalogue())
// An item's outlet is read as a source with no place set is: its place from its name (潍坊晚报 → 潍坊市).
const tagAll = (items: LabelledItem[]) => items.map((i) => tagger.tag(i.title, i.text, i.source ? { name: i.source } : null))

const lines: string[] = []
for (const split of ['tune', 'holdout'] as const) {
  const file = mustExist(path.join(ownDir, `${split}.tsv`))
  const own = readEvalSet(file)
  const items = ownSetItems(own, gazetteer, path.relative(process.cwd(), file))
  const tags = tagAll(items)
  const level = scoreEval(own, tags)
  lines.push(
    ...formatReport(`own set · ${split}`, scoreSet(items, tags, gazetteer), {
      confusions: split === 'holdout' ? 'locked' : verbose ? 'show' : 'hidden',
      extra: [
        ['incident level', pct(level.level_exact)],
        ['level false alarms', pct(level.level_false_alarms)],
      ],
    }),
  )
}
// tune2 … tune20 are further tune parts, collected and labelled after the split from other pages
// (their README sections; each was scored once before any tuning on it): read as often as tune, their
// misses shown; the test part stays locked.
// tune and test must be there; a real set without the later tune parts (another corpus) is reported without them.
const OPTIONAL_PARTS: ReadonlySet<string> = new Set(LATER_TUNE_PARTS)
for (const part of ['tune', ...LATER_TUNE_PARTS, 'test']) {
  const file = path.join(realDir, `${part}.jsonl`)
  if (OPTIONAL_PARTS.has(part) && !fs.existsSync(file)) continue
  const items = readCorpus(mustExist(file))
  lines.push(...formatReport(`real set · ${part}`, scoreSet(items, tagAll(items), gazetteer), { confusions: part === 'test' ? 'locked' : 'show' }))
}
console.log(lines.join('\n'))
