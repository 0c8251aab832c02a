/**
 * One word of a triage search, as the operator's text was segmented (server/triage/search-index.ts):
 * `whole` matches only that word (Latin words, numbers: rowid must not find rowids, 1 not 120);
 * `prefix` matches a word starting with it; `prefix_or_bigrams` (a Chinese word of 3+ characters)
 * also matches the run of its bigrams, wherever jieba cut the indexed text.
 */
export interface SearchTerm {
  word: string
  match: 'whole' | 'prefix' | 'prefix_or_bigrams'
}

export function bigrams(run: string): string[] {
  const out: string[] = []
  for (let i = 0; i + 2 <= run.length; i++) out.push(run.slice(i, i + 2))
  return out
}

/**
 * The tokens SQLite's FTS5 `unicode61` tokenizer makes of a text: runs of letters and numbers,
 * folded to lower case with diacritics removed. PostgreSQL's index is built from these same tokens
 * (not from its own parser), so both engines match the same words.
 */
export function ftsTokens(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}\p{Co}]+/u)
    .filter((t) => t !== '')
}
