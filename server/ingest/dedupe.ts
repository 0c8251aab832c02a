import { createHash } from 'node:crypto'

/** Splits text into words; the classify concern injects nodejieba's, loaded once per process. */
export type Tokenizer = (text: string) => string[]

/** Query parameters that only track who clicked, never which article. */
const TRACKING_PARAMS = /^(utm_\w+|spm|from|source|fromsource|share_token|timestamp|ts|_t|isappinstalled|wfr|scene|clicktime|enterid)$/i

/** A link reduced to what identifies the article: same article, same string. */
export function normaliseLink(link: string | null): string | null {
  if (!link) return null
  try {
    const url = new URL(link)
    url.hash = ''
    for (const key of [...url.searchParams.keys()]) if (TRACKING_PARAMS.test(key)) url.searchParams.delete(key)
    url.searchParams.sort()
    const host = url.hostname.replace(/^(www|m|wap)\./, '')
    const path = url.pathname.replace(/\/+$/, '') || '/'
    return `${host}${path}${url.search}`
  } catch {
    return null
  }
}

/** Letters, digits and CJK only, Full-width folded: punctuation and spacing changes are not news. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
}

/**
 * The units compared between reports: the injected tokenizer's words when there is one,
 * otherwise character bigrams (which need no dictionary and work well on short Chinese headlines).
 */
export function shingles(text: string, tokenize?: Tokenizer): Set<string> {
  if (tokenize) {
    const words = tokenize(text).map(normaliseText).filter((w) => w.length > 0)
    if (words.length > 0) return new Set(words)
  }
  const clean = normaliseText(text)
  const out = new Set<string>()
  if (clean.length === 1) out.add(clean)
  for (let i = 0; i + 1 < clean.length; i++) out.add(clean.slice(i, i + 2))
  return out
}

export const MINHASH_SIZE = 64
/** Estimated Jaccard similarity at or above which two reports are one story. */
export const SAME_STORY_SIMILARITY = 0.5

function hash32(text: string): number {
  return createHash('md5').update(text).digest().readUInt32LE(0)
}

// Fixed seeds: signatures stored in the database must stay comparable across restarts.
const SEEDS = Array.from({ length: MINHASH_SIZE }, (_, i) => [(Math.imul(i + 1, 0x9e3779b1) | 1) >>> 0, Math.imul(i + 7, 0x85ebca6b) >>> 0] as const)

/** MinHash signature: for each of 64 hash functions, the smallest hash over the shingles. */
export function minhash(set: Set<string>): number[] {
  const sig = new Array<number>(MINHASH_SIZE).fill(0xffffffff)
  for (const shingle of set) {
    const h = hash32(shingle)
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const [a, b] = SEEDS[i]!
      const v = (Math.imul(h, a) + b) >>> 0
      if (v < sig[i]!) sig[i] = v
    }
  }
  return sig
}

export function similarity(a: readonly number[], b: readonly number[]): number {
  let same = 0
  for (let i = 0; i < MINHASH_SIZE; i++) if (a[i] === b[i]) same++
  return same / MINHASH_SIZE
}

/** What a report is compared by: its title, plus the opening of its summary for short titles. */
export function storyText(title: string, summary: string | null): string {
  return title.length >= 12 || !summary ? title : `${title} ${summary.slice(0, 60)}`
}
