import { defaultCatalogue } from '../../server/classify/default-catalogue.ts'
import { Gazetteer } from '../../server/classify/gazetteer.ts'
import { Tagger } from '../../server/classify/tagger.ts'
import type { DepartmentTag } from '../../shared/api/items.ts'
import { mulberry32 } from '../split-eval-corpus.ts'

/** What both department experiments share: an item's label, features and rules' answer; the folds and tallies. */

export interface Row {
  dept: string | null
  words: string[]
  bigrams: string[]
  rules: DepartmentTag[]
}

/** The rules, as the server tags (a Shandong analyst's labels, whatever YQ_HOME_PROVINCE says). */
export const tagger = new Tagger(new Gazetteer('山东省'), defaultCatalogue())
/** A feature word: Han words of two characters or more, other words of two letters or more. */
export const isWord = (w: string) => (/\p{Script=Han}/u.test(w) ? w.length >= 2 : /[\p{L}]{2,}/u.test(w))

/** The folds' seed: both experiments split the tune parts the same way, so their figures compare. */
export const SEED = 20261202

/** `k` folds of `rows`, shuffled once with SEED (mulberry32 + Fisher–Yates), each row in one fold. */
export function folds<T>(rows: T[], k: number): T[][] {
  const order = rows.map((_, i) => i)
  const rand = mulberry32(SEED)
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[order[i], order[j]] = [order[j]!, order[i]!]
  }
  return Array.from({ length: k }, (_, f) => order.filter((_, pos) => pos % k === f).map((i) => rows[i]!))
}

export const pct = (k: number, n: number) => `${((100 * k) / n).toFixed(1)} % (${k}/${n})`

/** Right answers on items with a department, and no-department items left at none. */
export interface Tally {
  dept: number
  deptTotal: number
  none: number
  noneTotal: number
}

export function count(t: Tally, want: string | null, got: string | null): void {
  if (want) {
    t.deptTotal++
    if (got === want) t.dept++
  } else {
    t.noneTotal++
    if (got === null) t.none++
  }
}
