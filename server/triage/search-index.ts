import type { Kysely } from 'kysely'
import { ErrorCode, YqError } from '@shared/errors.ts'
import { dialectOf, type Database, type SearchTerm } from '../db/index.ts'
import { queryWordsInThread, searchWordsInThread } from '../classify/index.ts'
import { itemTextsAfter } from '../ingest/index.ts'
import './migrations.ts'

/** Items segmented per catch-up: bounds how long one call holds the event loop. */
const BATCH = 500
const MAX_QUERY_WORDS = 12

/**
 * Indexes items stored since the last call (rowid = item id, so the high-water mark is the
 * index's own max rowid). Items never change text after ingest, so catching up is enough.
 * Uses classify's segmenter: jieba's dictionaries are loaded once per process.
 */
export function catchUpIndex(db: Kysely<Database>, maxBatches = Infinity): Promise<number> {
  // One catch-up at a time: two at once would both insert the same item ids.
  const run = pending.then(() => indexNewItems(db, maxBatches))
  pending = run.catch(() => undefined)
  return run
}

let pending: Promise<unknown> = Promise.resolve()

async function indexNewItems(db: Kysely<Database>, maxBatches: number): Promise<number> {
  let done = 0
  for (let batch = 0; batch < maxBatches; batch++) {
    const d = dialectOf(db)
    const after = await d.searchHighWater(db)
    const items = await itemTextsAfter(db, after, BATCH)
    if (items.length === 0) break
    // Segmented on the tagging thread, which has jieba loaded: on the main thread its first load held the loop for 5 s.
    const words = await searchWordsInThread(items.map((item) => `${item.title} ${(item.summary ?? '').replace(/<[^>]*>/g, ' ')}`))
    await db.transaction().execute((trx) => d.searchInsert(trx, items.map((item, i) => ({ id: item.id, words: words[i]! }))))
    done += items.length
  }
  return done
}

/**
 * Turns what an operator typed into search terms: the same segmentation as the index, Chinese
 * words used as prefixes, all words required. Each dialect renders them as its own query with
 * the input inert (FTS syntax such as NEAR, OR, column:, * and ^ is only words or dropped punctuation).
 * Segmented on the tagging thread, like the index: the main thread loads no dictionary.
 */
export async function searchTerms(input: string): Promise<SearchTerm[]> {
  const terms = [...new Set(await queryWordsInThread(input))].slice(0, MAX_QUERY_WORDS)
  if (terms.length === 0) throw new YqError(ErrorCode.BAD_SEARCH, `nothing to search for in "${input.slice(0, 40)}": give at least one word`)
  // A Chinese word matches as a word (prefix) or as the phrase of its bigrams, wherever jieba cut the text.
  // A Latin word or a number matches only that whole word: rowid must not find rowids, 1 must not find 120.
  return terms.map((word) => ({ word, match: /^[\p{Script=Latin}\p{N}]+$/u.test(word) ? 'whole' : /^\p{Script=Han}{3,}$/u.test(word) ? 'prefix_or_bigrams' : 'prefix' }))
}
