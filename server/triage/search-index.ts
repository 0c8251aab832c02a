import { sql, type Kysely } from 'kysely'
import { ErrorCode, YqError } from '@shared/errors.ts'
import type { Database } from '../db/schema.ts'
import { cut, splitLatin } from '../classify/segmenter.ts'
import { searchWordsInThread } from '../classify/tag-thread.ts'
import './migrations.ts'

/** Items segmented per catch-up: bounds how long one call holds the event loop. */
const BATCH = 500
const MAX_QUERY_WORDS = 12

const isWord = (w: string) => /[\p{L}\p{N}]/u.test(w)
const quote = (w: string) => `"${w.replace(/"/g, '""')}"`

function bigrams(run: string): string[] {
  const out: string[] = []
  for (let i = 0; i + 2 <= run.length; i++) out.push(run.slice(i, i + 2))
  return out
}

/** Words of a query, segmented as the index is: Latin words and numbers whole, jieba on the rest (its punctuation and spaces dropped). */
function words(text: string): string[] {
  const { latin, rest } = splitLatin(text)
  return [...latin, ...rest.flatMap((part) => cut(part).filter(isWord))]
}

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
    const mark = await sql<{ m: number | null }>`SELECT max(rowid) AS m FROM triage_fts`.execute(db)
    const after = Number(mark.rows[0]?.m ?? 0)
    const items = await db.selectFrom('items').select(['id', 'title', 'summary']).where('id', '>', after).orderBy('id').limit(BATCH).execute()
    if (items.length === 0) break
    // Segmented on the tagging thread, which has jieba loaded: on the main thread its first load held the loop for 5 s.
    const words = await searchWordsInThread(items.map((item) => `${item.title} ${(item.summary ?? '').replace(/<[^>]*>/g, ' ')}`))
    await db.transaction().execute(async (trx) => {
      for (const [i, item] of items.entries()) await sql`INSERT INTO triage_fts (rowid, words) VALUES (${item.id}, ${words[i]!.join(' ')})`.execute(trx)
    })
    done += items.length
  }
  return done
}

/**
 * Turns what an operator typed into an FTS5 query: the same segmentation as the index, each
 * word quoted (so FTS syntax in the input is inert: NEAR, OR, column:, * and ^ are only words or
 * dropped punctuation), Chinese words used as prefixes, all words required.
 */
export function toMatchQuery(input: string): string {
  const terms = [...new Set(words(input))].slice(0, MAX_QUERY_WORDS)
  if (terms.length === 0) throw new YqError(ErrorCode.BAD_SEARCH, `nothing to search for in "${input.slice(0, 40)}": give at least one word`)
  // A Chinese word matches as a word (prefix) or as the phrase of its bigrams, wherever jieba cut the text.
  // A Latin word or a number matches only that whole word: rowid must not find rowids, 1 must not find 120.
  return terms
    .map((t) => (/^[\p{Script=Latin}\p{N}]+$/u.test(t) ? quote(t) : /^\p{Script=Han}{3,}$/u.test(t) ? `(${quote(t)}* OR ${quote(bigrams(t).join(' '))})` : `${quote(t)}*`))
    .join(' AND ')
}
