import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultCatalogue } from '../../../server/classify/default-catalogue.ts'
import { readEvalSet, scoreEval, type FieldScore } from '../../../server/classify/eval-set.ts'
import { Gazetteer } from '../../../server/classify/gazetteer.ts'
import { Tagger } from '../../../server/classify/tagger.ts'

const EVAL_DIR = path.resolve(import.meta.dirname, '../../fixtures/eval')
const tagger = new Tagger(new Gazetteer('山东省'), defaultCatalogue())
const share = (s: FieldScore) => s.correct / s.total

describe.each(['tune', 'holdout'])('tagging on the %s evaluation split', (split) => {
  const items = readEvalSet(path.join(EVAL_DIR, `${split}.tsv`))
  const report = scoreEval(items, items.map((i) => tagger.tag(i.title, i.text)))

  it('meets the issue targets: department ≥ 90%, city ≥ 97%, county ≥ 93%, incident level ≥ 85%', () => {
    expect(share(report.department_top1), report.misses.join('\n')).toBeGreaterThanOrEqual(0.9)
    expect(share(report.city), report.misses.join('\n')).toBeGreaterThanOrEqual(0.97)
    expect(share(report.county), report.misses.join('\n')).toBeGreaterThanOrEqual(0.93)
    expect(share(report.level_exact), report.misses.join('\n')).toBeGreaterThanOrEqual(0.85)
  })
})

describe('readEvalSet()', () => {
  it('holds at least 300 labelled items across both splits', () => {
    const total = readEvalSet(path.join(EVAL_DIR, 'tune.tsv')).length + readEvalSet(path.join(EVAL_DIR, 'holdout.tsv')).length
    expect(total).toBeGreaterThanOrEqual(300)
  })
})
