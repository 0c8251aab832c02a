import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { SPLIT_SEED, splitLines } from '../../../scripts/split-eval-corpus.ts'

const DIR = path.resolve(import.meta.dirname, '../../fixtures/eval-real')
const lines = (file: string) =>
  fs
    .readFileSync(path.join(DIR, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')

describe('real corpus split', () => {
  it('is a seeded, order-keeping partition: tune gets ceil(n/2)', () => {
    const input = Array.from({ length: 11 }, (_, i) => `line ${i}`)
    const [tune, test] = splitLines(input, 7)
    expect(tune).toHaveLength(6)
    expect(test).toHaveLength(5)
    expect([...tune, ...test].sort()).toEqual([...input].sort())
    expect(tune).toEqual(input.filter((l) => tune.includes(l)))
    expect(splitLines(input, 7)).toEqual([tune, test])
    expect(splitLines(input, 8)).not.toEqual([tune, test])
  })

  it('the committed tune and test parts are the one split of corpus.jsonl with the recorded seed', () => {
    const [tune, test] = splitLines(lines('corpus.jsonl'), SPLIT_SEED)
    expect(lines('tune.jsonl')).toEqual(tune)
    expect(lines('test.jsonl')).toEqual(test)
  })
})
