/**
 * Builds test/fixtures/eval-real/tune5.jsonl from the hand-labelled batches b*.ts (labels written by
 * guideline v1 before the tagger ran on any item).
 *
 *   npx tsx scripts/tune5/build.ts
 *
 * Drops an item whose address, headline or opening (first 30 characters of the lead) is already in
 * tune/tune2/tune3/tune4, and — without printing them — one that matches the locked test part the
 * same way: for the test part only a count is shown, so no test item is read (README, "The rule").
 * Items whose stored text is machine-mangled (a pinyin syllable with a tone mark inserted after a
 * character, 鎮(zhèn)) are left out as the corpus rules say; they keep their place in the numbering,
 * so the ids of the committed labels do not move.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Row } from './row.ts'

const HERE = import.meta.dirname
const REAL = join(HERE, '../../test/fixtures/eval-real')

type Raw = { url?: string; title?: string; text?: string }
const load = (part: string): Raw[] =>
  readFileSync(join(REAL, `${part}.jsonl`), 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Raw)

// An item's keys: its address, its headline when it has one, and the opening of its lead (a page
// reposted under another address keeps its words).
const keysOf = (r: Raw): string[] => [
  `u:${r.url ?? ''}`,
  ...(r.title ? [`t:${r.title}`] : []),
  ...(r.text && r.text.length >= 30 ? [`x:${r.text.slice(0, 30)}`] : []),
]
const keySet = (items: Raw[]) => new Set(items.flatMap(keysOf))

// corpus.jsonl is tune + test: its pages are checked as the two parts they went to, so that a page of the
// locked part is counted as such (tune4's build counted those among the earlier parts).
const earlier = keySet(['tune', 'tune2', 'tune3', 'tune4'].flatMap(load))
const locked = keySet(['test', 'corpus'].flatMap(load))

const batches = readdirSync(HERE).filter((f) => /^b\d+\.ts$/.test(f)).sort((a, b) => Number(a.slice(1, -3)) - Number(b.slice(1, -3)))
const rows: Row[] = []
for (const f of batches) rows.push(...((await import(join(HERE, f))) as { B: Row[] }).B)

const seen = new Set<string>()
const out: object[] = []
let dupEarlier = 0
let dupLocked = 0
let dupSelf = 0
for (const [url, source, date, title, text, department, province, city, county] of rows) {
  const keys = keysOf({ url, title, text })
  if (keys.some((k) => seen.has(k))) { dupSelf++; continue }
  keys.forEach((k) => seen.add(k))
  if (keys.some((k) => earlier.has(k))) { dupEarlier++; continue }
  if (keys.some((k) => locked.has(k))) { dupLocked++; continue }
  const reasons = [...(department ? [] : ['no_department']), ...(province === null ? ['no_place'] : province !== '山东省' ? ['outside_shandong'] : [])]
  const label = { department: department || null, province, city, county, ...(reasons.length > 0 ? { none_reason: reasons.join(',') } : {}) }
  out.push({ id: '', title, text, source, url, date, label, labelled_by: 'guideline v1' })
}
out.forEach((item, n) => Object.assign(item, { id: `x${String(n + 1).padStart(3, '0')}` }))
const MANGLED = /\p{Script=Han}\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)/u
const kept = out.filter((i) => !MANGLED.test(`${(i as Raw).title}${(i as Raw).text}`))
writeFileSync(join(REAL, 'tune5.jsonl'), kept.map((i) => JSON.stringify(i)).join('\n') + '\n')
console.log(`tune5: ${kept.length} items; dropped ${dupSelf} repeated within the batches, ${dupEarlier} already in tune/tune2/tune3/tune4, ${dupLocked} overlapping the locked test part (not shown), ${out.length - kept.length} with pinyin inserted`)
