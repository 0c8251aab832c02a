import { hash } from 'node:crypto'

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

/**
 * The first 32 bits (little-endian) of the shingle's MD5. One-shot `hash`, not a Hash object per
 * shingle: making and finishing ~20 Hash objects per report was 4 % of the poll's main thread
 * (docs/performance.md, fourth pass). Same bits, so stored signatures stay comparable.
 */
function hash32(text: string): number {
  return hash('md5', text, 'buffer').readUInt32LE(0)
}

// Fixed seeds: signatures stored in the database must stay comparable across restarts.
const SEED_A = Uint32Array.from({ length: MINHASH_SIZE }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) | 1) >>> 0)
const SEED_B = Uint32Array.from({ length: MINHASH_SIZE }, (_, i) => Math.imul(i + 7, 0x85ebca6b) >>> 0)

/** MinHash signature: for each of 64 hash functions, the smallest hash over the shingles. */
export function minhash(set: Set<string>): number[] {
  const hashes: number[] = []
  for (const shingle of set) hashes.push(hash32(shingle))
  return minhashOf(hashes)
}

function minhashOf(shingleHashes: Iterable<number>): number[] {
  // Unsigned 32-bit values above 2^31 are not small integers: a typed array keeps them unboxed.
  const sig = new Uint32Array(MINHASH_SIZE).fill(0xffffffff)
  for (const h of shingleHashes) {
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const v = (Math.imul(h, SEED_A[i]!) + SEED_B[i]!) >>> 0
      if (v < sig[i]!) sig[i] = v
    }
  }
  return Array.from(sig)
}

/**
 * hash32 of the bigrams seen lately, keyed by their two UTF-16 code units in one int32 (a small
 * integer: no string is made for a bigram already hashed). News repeats its bigrams, so most
 * are found here; the MD5 per bigram was most of the signature's cost. Emptied when full: at
 * 65,536 entries it holds ~2 MB.
 */
const bigramHashes = new Map<number, number>()
const BIGRAM_CACHE_SIZE = 65_536

function bigramHash(key: number): number {
  let h = bigramHashes.get(key)
  if (h === undefined) {
    if (bigramHashes.size >= BIGRAM_CACHE_SIZE) bigramHashes.clear()
    h = hash32(String.fromCharCode(key >>> 16, key & 0xffff))
    bigramHashes.set(key, h)
  }
  return h
}

/**
 * The report's signature: `minhash(shingles(text, tokenize))`, the same numbers (stored
 * signatures and band keys stay comparable), made without a string per bigram when the
 * shingles are character bigrams.
 */
export function signatureOf(text: string, tokenize?: Tokenizer): number[] {
  if (tokenize) return minhash(shingles(text, tokenize))
  const clean = normaliseText(text)
  if (clean.length < 2) return minhash(shingles(text))
  const keys = new Set<number>()
  for (let i = 0; i + 1 < clean.length; i++) keys.add((clean.charCodeAt(i) << 16) | clean.charCodeAt(i + 1))
  const hashes: number[] = []
  for (const key of keys) hashes.push(bigramHash(key))
  return minhashOf(hashes)
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

/** Rows per LSH band: with 21 bands of 3, reports at similarity 0.5 share a band 94% of the time. */
const BAND_ROWS = 3
const BANDS = Math.floor(MINHASH_SIZE / BAND_ROWS)

/** One round of MurmurHash3's 32-bit mixing of `value` into `h`. */
function mix(h: number, value: number): number {
  let k = Math.imul(value, 0xcc9e2d51)
  k = Math.imul((k << 15) | (k >>> 17), 0x1b873593)
  h ^= k
  h = (h << 13) | (h >>> 19)
  return (Math.imul(h, 5) + 0xe6546b64) | 0
}

/** MurmurHash3's finaliser: every input bit reaches every output bit. */
function finish(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

/** The 53-bit key of band `b` of a signature: two independently seeded 32-bit hashes, 21 + 32 bits. */
function bandKey(signature: readonly number[], b: number): number {
  let lo = 0x2545f491 ^ b
  let hi = 0x9e3779b9 ^ b
  for (let r = b * BAND_ROWS; r < (b + 1) * BAND_ROWS; r++) {
    lo = mix(lo, signature[r]!)
    hi = mix(hi, signature[r]!)
  }
  return (finish(hi ^ BAND_ROWS) & 0x1fffff) * 0x1_0000_0000 + finish(lo ^ BAND_ROWS)
}

/**
 * The LSH band keys of a signature: stories sharing any key are candidates, then checked exactly.
 * Integers (below 2^53, exact as JS numbers, SQLite integers and PostgreSQL bigints): a story
 * stores 21 of them, and text keys made the band index and its look-ups a third of the store's
 * SQL time. Two different bands sharing a key only add a candidate, which the exact similarity
 * check then drops; at 53 bits that is about one in 10^11 per pair of keys.
 */
export function bandKeys(signature: readonly number[]): number[] {
  const keys: number[] = []
  for (let b = 0; b < BANDS; b++) keys.push(bandKey(signature, b))
  return keys
}
