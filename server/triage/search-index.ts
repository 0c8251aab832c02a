import { sql, type Kysely } from 'kysely'
import { ErrorCode, YqError } from '@shared/errors.ts'
import type { Database } from '../db/schema.ts'
import nodejieba from 'nodejieba'
import { cut, loadSegmenter } from '../classify/segmenter.ts'
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

/** Words of a query: jieba keeps punctuation and spaces as tokens, which are dropped. */
function words(text: string): string[] {
  return cut(text.toLowerCase()).filter(isWord)
}

/**
 * Words to index: jieba's search mode adds the parts of long words (学校食堂 → 学校, 食堂,
 * 学校食堂) and bigrams cover the rest, so a query for 食堂 or 管道 finds it. loadSegmenter() first: the one jieba instance
 * classify loaded, with its user dictionary.
 */
function indexWords(text: string): string[] {
  loadSegmenter()
  const lower = text.toLowerCase()
  const out = nodejieba.cutForSearch(lower).filter(isWord)
  // Search mode does not split every compound (供水管道 → 供水管 + 道): the text's Chinese
  // bigrams, in order, let a query match any run of characters as a phrase.
  for (const run of lower.match(/\p{Script=Han}{2,}/gu) ?? []) out.push(...bigrams(run))
  return out
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
    await db.transaction().execute(async (trx) => {
      for (const item of items) {
        const text = `${item.title} ${(item.summary ?? '').replace(/<[^>]*>/g, ' ')}`
        await sql`INSERT INTO triage_fts (rowid, words) VALUES (${item.id}, ${indexWords(text).join(' ')})`.execute(trx)
      }
    })
    done += items.length
  }
  return done
}

/**
 * Turns what an operator typed into an FTS5 query: the same segmentation as the index, each
 * word quoted (so FTS syntax in the input is inert) and used as a prefix, all words required.
 */
export function toMatchQuery(input: string): string {
  const terms = [...new Set(words(input))].slice(0, MAX_QUERY_WORDS)
  if (terms.length === 0) throw new YqError(ErrorCode.BAD_SEARCH, `nothing to search for in "${input.slice(0, 40)}": give at least one word`)
  // A Chinese word matches as a word (prefix) or as the phrase of its bigrams, wherever jieba cut the text.
  return terms.map((t) => (/^\p{Script=Han}{3,}$/u.test(t) ? `(${quote(t)}* OR ${quote(bigrams(t).join(' '))})` : `${quote(t)}*`)).join(' AND ')
}
