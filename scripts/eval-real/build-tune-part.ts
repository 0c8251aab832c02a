/**
 * Builds one later tune part of test/fixtures/eval-real from its hand-labelled batches b*.ts (labels
 * written by a guideline version before the tagger ran on any item); scripts/tune4 … scripts/tune13 call it.
 *
 * Drops an item whose address, headline or opening (first 30 characters of the lead) is already in
 * an earlier part, and — without printing them — one that matches the locked test part the same
 * way: for the test part only a count is shown, so no test item is read (README, "The rule").
 * Items whose stored text is machine-mangled (a pinyin syllable with a tone mark inserted after a
 * character, 鎮(zhèn)) are left out as the corpus rules say; they keep their place in the
 * numbering, so the ids of the committed labels do not move.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Row } from '../tune4/row.ts'

const REAL = join(import.meta.dirname, '../../test/fixtures/eval-real')

type Raw = { url?: string; title?: string; text?: string }
// A part collected at the same time on another branch may not be built yet: it is said, and checked at the next build.
export const load = (part: string): Raw[] => {
  const file = join(REAL, `${part}.jsonl`)
  if (!existsSync(file)) { console.log(`${part}: not built yet, its pages not checked`); return [] }
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Raw)
}

// An item's keys: its address, its headline when it has one, and the opening of its lead (a page
// reposted under another address keeps its words).
export const keysOf = (r: Raw): string[] => [
  `u:${r.url ?? ''}`,
  ...(r.title ? [`t:${r.title}`] : []),
  ...(r.text && r.text.length >= 30 ? [`x:${r.text.slice(0, 30)}`] : []),
]
const keySet = (items: Raw[]) => new Set(items.flatMap(keysOf))

/**
 * Items whose label a later clarification of the guideline changed (docs/tagging-guideline.md §6, v1.1; §7, v1.2): their
 * batch rows hold the new label, and the item says which versions revised it beside the one that labelled it.
 */
const relabelledIn = (file: string) => new Set((JSON.parse(readFileSync(join(import.meta.dirname, file), 'utf8')) as { url: string }[]).map((r) => r.url))
const RELABELLED = [
  ['guideline v1.1', relabelledIn('relabelled-v1.1.json')],
  ['guideline v1.2', relabelledIn('relabelled-v1.2.json')],
] as const
const relabelledBy = (url: string): string => RELABELLED.filter(([, urls]) => urls.has(url)).map(([version]) => version).join(', ')

const MANGLED = /\p{Script=Han}\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)/u

export interface TunePart {
  /** The folder of the batch files b1.ts, b2.ts … */
  batches: string
  /** The part's file name without `.jsonl`, e.g. `tune5`. */
  part: string
  /** The letter of its ids (`x` → x001 …). */
  prefix: string
  /** Parts whose pages are dropped as already there. */
  earlier: string[]
  /** Parts whose pages are dropped and only counted: the locked test part (and what holds it). */
  locked: string[]
  /** The guideline version the batches were labelled by; parts before tune12 were labelled by v1. */
  labelledBy?: string
}

export async function buildTunePart({ batches, part, prefix, earlier, locked, labelledBy = 'guideline v1' }: TunePart): Promise<void> {
  const earlierKeys = keySet(earlier.flatMap(load))
  const lockedKeys = keySet(locked.flatMap(load))
  const files = readdirSync(batches).filter((f) => /^b\d+\.ts$/.test(f)).sort((a, b) => Number(a.slice(1, -3)) - Number(b.slice(1, -3)))
  const rows: Row[] = []
  for (const f of files) rows.push(...((await import(join(batches, f))) as { B: Row[] }).B)

  const seen = new Set<string>()
  const out: object[] = []
  let dupEarlier = 0
  let dupLocked = 0
  let dupSelf = 0
  for (const [url, source, date, title, text, department, province, city, county] of rows) {
    const keys = keysOf({ url, title, text })
    if (keys.some((k) => seen.has(k))) { dupSelf++; continue }
    keys.forEach((k) => seen.add(k))
    if (keys.some((k) => earlierKeys.has(k))) { dupEarlier++; continue }
    if (keys.some((k) => lockedKeys.has(k))) { dupLocked++; continue }
    const reasons = [...(department ? [] : ['no_department']), ...(province === null ? ['no_place'] : province !== '山东省' ? ['outside_shandong'] : [])]
    const label = { department: department || null, province, city, county, ...(reasons.length > 0 ? { none_reason: reasons.join(',') } : {}) }
    out.push({ id: '', title, text, source, url, date, label, labelled_by: labelledBy, ...(relabelledBy(url) ? { relabelled_by: relabelledBy(url) } : {}) })
  }
  out.forEach((item, n) => Object.assign(item, { id: `${prefix}${String(n + 1).padStart(3, '0')}` }))
  const kept = out.filter((i) => !MANGLED.test(`${(i as Raw).title}${(i as Raw).text}`))
  writeFileSync(join(REAL, `${part}.jsonl`), kept.map((i) => JSON.stringify(i)).join('\n') + '\n')
  console.log(`${part}: ${kept.length} items; dropped ${dupSelf} repeated within the batches, ${dupEarlier} already in ${earlier.join('/')}, ${dupLocked} overlapping the locked test part (not shown), ${out.length - kept.length} with pinyin inserted`)
}
