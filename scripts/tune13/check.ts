/**
 * A labelling aid: lists which batch rows the earlier tune parts already hold (by address, headline or
 * opening), reading only those parts — never the locked test part or corpus.jsonl.
 *
 *   npx tsx scripts/tune13/check.ts
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Row } from './row.ts'

const REAL = join(import.meta.dirname, '../../test/fixtures/eval-real')
const PARTS = ['tune', 'tune2', 'tune3', 'tune4', 'tune5', 'tune6', 'tune7', 'tune8', 'tune9', 'tune10', 'tune11', 'tune12']
type Raw = { url?: string; title?: string; text?: string }
const keysOf = (r: Raw): string[] => [`u:${r.url ?? ''}`, ...(r.title ? [`t:${r.title}`] : []), ...(r.text && r.text.length >= 30 ? [`x:${r.text.slice(0, 30)}`] : [])]
// A part collected beside this one on another branch may not be built yet: it is skipped, as the builder does.
const held = new Set(PARTS.filter((p) => existsSync(join(REAL, `${p}.jsonl`))).flatMap((p) => readFileSync(join(REAL, `${p}.jsonl`), 'utf8').split('\n').filter((l) => l.trim() !== '').flatMap((l) => keysOf(JSON.parse(l) as Raw))))
for (const f of readdirSync(import.meta.dirname).filter((n) => /^b\d+\.ts$/.test(n))) {
  const { B } = (await import(join(import.meta.dirname, f))) as { B: Row[] }
  for (const [url, , , title, text] of B) if (keysOf({ url, title, text }).some((k) => held.has(k))) console.log(`${f}: ${url}`)
}
