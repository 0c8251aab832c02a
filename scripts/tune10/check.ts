// Labelling aid (not part of the build): which batch rows are already in an earlier tune part (tune … tune9),
// by the same keys build-tune-part.ts uses, so a page can be replaced while collecting. It reads only the tune
// parts, never the locked test part or corpus.jsonl.
//   npx tsx scripts/tune10/check.ts
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Row } from './row.ts'
const REAL = join(import.meta.dirname, '../../test/fixtures/eval-real')
const parts = ['tune', 'tune2', 'tune3', 'tune4', 'tune5', 'tune6', 'tune7', 'tune8', 'tune9']
type Raw = { url?: string; title?: string; text?: string }
const keysOf = (r: Raw): string[] => [`u:${r.url ?? ''}`, ...(r.title ? [`t:${r.title}`] : []), ...(r.text && r.text.length >= 30 ? [`x:${r.text.slice(0, 30)}`] : [])]
const known = new Set(parts.flatMap((p) => readFileSync(join(REAL, `${p}.jsonl`), 'utf8').split('\n').filter(Boolean).flatMap((l) => keysOf(JSON.parse(l) as Raw))))
const files = readdirSync(import.meta.dirname).filter((f) => /^b\d+\.ts$/.test(f))
let n = 0
// What is left once those are dropped, by place (a Shandong city, 省 for province-wide, else the province or 全国) and
// by department, to keep the collection near the first corpus's mix.
const byPlace = new Map<string, number>()
const byDept = new Map<string, number>()
const add = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1)
for (const f of files) {
  const { B } = (await import(join(import.meta.dirname, f))) as { B: Row[] }
  for (const [url, , , title, text, department, province, city] of B) {
    n++
    if (keysOf({ url, title, text }).some((k) => known.has(k))) { console.log(`${f}: already in a tune part: ${url}`); continue }
    add(byPlace, province === '山东省' ? (city ?? '省') : (province ?? '全国'))
    add(byDept, department || '-')
  }
}
const show = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')
console.log(`${n} rows checked`)
console.log(`places: ${show(byPlace)}`)
console.log(`departments: ${show(byDept)}`)
