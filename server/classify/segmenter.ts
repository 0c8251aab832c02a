import path from 'node:path'
import { REPO_ROOT } from '../paths.ts'
import type { Hit } from './aho-corasick.ts'
import { JiebaDict } from './jieba-dict.ts'

/** Domain and place words jieba must keep whole (政务舆情, 网信办, 新闻发布会, …). */
export const USER_DICT_FILE = path.join(REPO_ROOT, 'server/classify/user-dict.utf8')

let dict: JiebaDict | null = null
const inserted = new Set<string>()

/**
 * Loads the dictionary once per thread (57 MB; see jieba-dict.ts for why it is jieba-rs cutting
 * with nodejieba's words). Only the tagging thread calls it in a server: search words, query
 * words and tags are all segmented there, so a server holds one dictionary.
 */
export function loadSegmenter(extraWords: Iterable<string> = []): void {
  dict ??= new JiebaDict(USER_DICT_FILE)
  const fresh: string[] = []
  for (const w of extraWords) {
    if (w.length < 2 || inserted.has(w)) continue
    fresh.push(w)
    inserted.add(w)
  }
  dict.insert(fresh)
}

/** Whether this thread holds the dictionary: in a server only the tagging thread should. */
export function isSegmenterLoaded(): boolean {
  return dict !== null
}

export function cut(text: string): string[] {
  loadSegmenter()
  return dict!.cut(text)
}

const isWord = (w: string) => /[\p{L}\p{N}]/u.test(w)

/**
 * Runs of Latin letters and digits, kept whole: jieba cuts lower-case Latin letter by letter
 * (rowid → r o w i d), so a search for rowid:1 matched every item with an r, an o … and a 1.
 */
const LATIN_RUN = /[\p{Script=Latin}\p{N}]+/gu

/** Text → its Latin/number words (whole, lower case) and the text between them, for jieba. */
export function splitLatin(text: string): { latin: string[]; rest: string[] } {
  const lower = text.toLowerCase()
  return { latin: lower.match(LATIN_RUN) ?? [], rest: lower.split(LATIN_RUN).filter((part) => part.trim()) }
}

/**
 * Words to index for search: Latin words and numbers whole; jieba's search mode on the rest,
 * which adds the parts of long words (学校食堂 → 学校, 食堂, 学校食堂); and the Chinese bigrams,
 * in order, for compounds search mode keeps whole (供水管道 → 供水管 + 道), so a query matches any
 * run of characters as a phrase.
 */
export function searchWords(text: string): string[] {
  loadSegmenter()
  const { latin, rest } = splitLatin(text)
  const out = [...latin]
  for (const part of rest) {
    out.push(...dict!.cutForSearch(part).filter(isWord))
    for (const run of part.match(/\p{Script=Han}{2,}/gu) ?? []) for (let i = 0; i + 2 <= run.length; i++) out.push(run.slice(i, i + 2))
  }
  return out
}

/** Words of a search query, segmented as the index is: Latin words and numbers whole, jieba on the rest (its punctuation and spaces dropped). */
export function queryWords(text: string): string[] {
  const { latin, rest } = splitLatin(text)
  return [...latin, ...rest.flatMap((part) => cut(part).filter(isWord))]
}

/** Characters of context cut on each side of a hit: enough for jieba to settle the words around it. */
const WINDOW_CHARS = 6
/**
 * Characters that are never inside one of jieba's runs (its runs are Han, a-z A-Z 0-9 and + # & . _ % -): a subset
 * of its separators, listed rather than derived, so that no run is ever split where jieba would not split it.
 */
const BETWEEN_RUNS = /[\s，。、；：？！“”‘’（）《》〈〉【】〔〕「」『』—…·,;:?!"'()[\]<>/|~～]/

/**
 * Says whether a dictionary hit stays within jieba's words: 开封 in 打开封条 starts inside 打开
 * and ends inside 封条, so it is no place. A hit inside one token is kept (山东省 inside
 * 山东省人民政府), as is one that starts and ends on boundaries. Only a window around the hit
 * is cut, not the whole text: tagging stays near the speed of one bare cut.
 */
export function isOnWordBoundaries(text: string, hit: Hit<unknown>): boolean {
  // jieba cuts each run of Han, Latin and digits on its own: the window stops at a punctuation mark or space, which
  // leaves the hit's own words as they were and spares cutting the runs beyond (the cut costs by the character).
  let from = Math.max(0, hit.start - WINDOW_CHARS)
  for (let i = hit.start - 1; i >= from; i--) if (BETWEEN_RUNS.test(text[i]!)) { from = i + 1; break }
  let to = Math.min(text.length, hit.end + WINDOW_CHARS)
  for (let i = hit.end; i < to; i++) if (BETWEEN_RUNS.test(text[i]!)) { to = i; break }
  // A hit that is a whole run starts and ends on boundaries, whatever the cut.
  if (from === hit.start && to === hit.end) return true
  const start = hit.start - from
  const end = hit.end - from
  let at = 0
  let startToken = -1
  let index = 0
  let isStartBoundary = false
  for (const token of cut(text.slice(from, to))) {
    const next = at + token.length
    if (at === start) isStartBoundary = true
    if (startToken < 0 && start < next) startToken = index
    if (end <= next) return startToken === index || (isStartBoundary && end === next)
    at = next
    index++
  }
  // jieba keeps every character; if that ever changes, keep the hit rather than drop it.
  return true
}
