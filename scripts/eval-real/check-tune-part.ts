/**
 * A labelling aid for a tune part being collected: lists which of its batch rows (b*.ts) the earlier tune parts
 * already hold — by address, headline or opening, the keys build-tune-part.ts drops by — reading only those parts,
 * never the locked test part or corpus.jsonl. A part collected beside it on another branch and not built yet is
 * skipped, as the builder does.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Row } from '../tune4/row.ts'

const REAL = join(import.meta.dirname, '../../test/fixtures/eval-real')
type Raw = { url?: string; title?: string; text?: string }
const keysOf = (r: Raw): string[] => [`u:${r.url ?? ''}`, ...(r.title ? [`t:${r.title}`] : []), ...(r.text && r.text.length >= 30 ? [`x:${r.text.slice(0, 30)}`] : [])]

export async function checkTunePart(batches: string, earlier: readonly string[]): Promise<void> {
  const files = earlier.map((p) => join(REAL, `${p}.jsonl`)).filter((f) => existsSync(f))
  const held = new Set(files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim() !== '').flatMap((l) => keysOf(JSON.parse(l) as Raw))))
  for (const f of readdirSync(batches).filter((n) => /^b\d+\.ts$/.test(n))) {
    const { B } = (await import(join(batches, f))) as { B: Row[] }
    for (const [url, , , title, text] of B) if (keysOf({ url, title, text }).some((k) => held.has(k))) console.log(`${f}: ${url}`)
  }
}
