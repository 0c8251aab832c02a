import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { Jieba } from '@node-rs/jieba'

/**
 * @node-rs/jieba (jieba-rs) holding nodejieba's own dictionary, so that it cuts exactly as
 * nodejieba.cut did (the tagging figures were tuned on those cuts) in a fifth of the memory
 * (57 MB against 243 MB, measured in docs/performance.md). Three things make the cuts equal:
 *
 * - the same word list: cppjieba's jieba.dict.utf8, shipped inside nodejieba;
 * - the same weights: cppjieba gives a user word the dictionary's median frequency and never
 *   changes the total it divides by, while jieba-rs moves its total when a word is added or
 *   overwritten. A word that is never in any text carries the difference, so every word's
 *   weight is log(freq / total) with cppjieba's total;
 * - the same tokens: without HMM jieba-rs joins runs of single Latin letters and digits
 *   (COVID, 19) and keeps \r\n whole, where cppjieba gives each character; those are split back.
 */
const require = createRequire(import.meta.url)
const MAIN_DICT_FILE = path.join(path.dirname(require.resolve('nodejieba/package.json')), 'submodules/cppjieba/dict/jieba.dict.utf8')

/** Private-use characters: no text has this word, it only carries the total's difference. */
const BALANCE_WORD = '\uE000\uE001\uE002'

/**
 * The main dictionary's total and median frequency, as cppjieba computes them. Its 348,982
 * lines name each word once (so jieba-rs, which lets a later line win, sums the same). Read
 * line by line without keeping the words: a map of them would hold ~30 MB for nothing.
 */
function readTotals(text: string): { total: number; median: number } {
  const freqs: number[] = []
  let total = 0
  forEachLine(text, (_word, freq) => {
    freqs.push(freq)
    total += freq
  })
  const sorted = Float64Array.from(freqs).sort()
  return { total, median: sorted[Math.floor(sorted.length / 2)]! }
}

/** The main dictionary's frequency of each of `words` that it has. */
function mainFreqsOf(text: string, words: ReadonlySet<string>): Map<string, number> {
  const out = new Map<string, number>()
  forEachLine(text, (word, freq) => {
    if (words.has(word)) out.set(word, freq)
  })
  return out
}

function forEachLine(text: string, visit: (word: string, freq: number) => void): void {
  for (let at = 0; at < text.length; ) {
    let end = text.indexOf('\n', at)
    if (end < 0) end = text.length
    const space = text.indexOf(' ', at)
    if (space > at && space < end) {
      const next = text.indexOf(' ', space + 1)
      visit(text.slice(at, space), Number(text.slice(space + 1, next > space && next < end ? next : end)))
    }
    at = end + 1
  }
}

const JOINED_RUN = /^(?:[A-Za-z0-9]{2,}|\s{2,})$/
const HAS_RUN_CHARS = /[A-Za-z0-9\s]/

export class JiebaDict {
  private readonly jieba: Jieba
  /** cppjieba's total and median frequency, fixed at load as there. */
  private readonly total: number
  private readonly median: number
  /** Every word added over the main dictionary, with the frequency jieba-rs holds for it. */
  private readonly changed = new Map<string, number>()
  /** Latin or digit words of the dictionary, which jieba-rs rightly keeps whole. */
  private readonly latinWords = new Set<string>()
  /** jieba-rs's total over the real words; the balance word makes up the rest of cppjieba's. */
  private sum: number
  private balance = 0

  constructor(userDictFile: string) {
    const bytes = fs.readFileSync(MAIN_DICT_FILE)
    const main = readTotals(bytes.toString('utf8'))
    this.total = main.total
    this.median = main.median
    this.sum = main.total
    this.jieba = Jieba.withDict(bytes)
    // cppjieba's user dictionary lines: "word", "word tag" or "word freq tag".
    const user = fs
      .readFileSync(userDictFile, 'utf8')
      .split('\n')
      .map((l) => l.trim().split(/\s+/))
      .filter((p) => p[0])
      .map((p) => ({ word: p[0]!, freq: p.length === 3 ? Number(p[1]) : this.median, tag: p.length > 1 ? p[p.length - 1]! : 'x' }))
    this.add(user)
  }

  /** Adds words as nodejieba.insertWord did (the median frequency). */
  insert(words: string[]): void {
    if (words.length > 0) this.add(words.map((word) => ({ word, freq: this.median, tag: 'x' })))
  }

  /** cppjieba's total minus jieba-rs's: 0 while the balance word can make up the difference. */
  drift(): number {
    return this.balance > 0 ? 0 : this.total - this.sum
  }

  private add(entries: { word: string; freq: number; tag: string }[]): void {
    // The file is read again for the words' old frequencies: once at start, then on a catalogue change.
    const main = mainFreqsOf(fs.readFileSync(MAIN_DICT_FILE, 'utf8'), new Set(entries.map((e) => e.word)))
    const lines: string[] = []
    for (const { word, freq, tag } of entries) {
      const before = this.changed.get(word) ?? main.get(word) ?? 0
      this.sum += freq - before
      this.changed.set(word, freq)
      if (/^[A-Za-z0-9]+$/.test(word)) this.latinWords.add(word)
      lines.push(`${word} ${freq} ${tag}`)
    }
    // Loading the balance word again replaces its frequency (and jieba-rs's total follows).
    this.balance = this.total - this.sum
    if (this.balance > 0) lines.push(`${BALANCE_WORD} ${this.balance} x`)
    this.jieba.loadDict(Buffer.from(lines.join('\n') + '\n'))
  }

  private split(tokens: string[]): string[] {
    const out: string[] = []
    for (const t of tokens) {
      if (JOINED_RUN.test(t) && !this.latinWords.has(t)) out.push(...t)
      else out.push(t)
    }
    return out
  }

  cut(text: string): string[] {
    const tokens = this.jieba.cut(text, false)
    // Only a text with Latin letters, digits or spaces can hold a run to split back: most windows the tagger cuts have none.
    return HAS_RUN_CHARS.test(text) ? this.split(tokens) : tokens
  }

  cutForSearch(text: string): string[] {
    return this.split(this.jieba.cutForSearch(text, false))
  }
}

