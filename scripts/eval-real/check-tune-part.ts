/**
 * A labelling aid for a tune part being collected: lists which of its batch rows (b*.ts) the earlier tune parts
 * already hold — by address, headline or opening, the keys build-tune-part.ts drops by — reading only those parts,
 * never the locked test part or corpus.jsonl. A part collected beside it on another branch and not built yet is
 * skipped, as the builder does.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Row } from '../tune4/row.ts'
import { keysOf, load } from './build-tune-part.ts'

export async function checkTunePart(batches: string, earlier: readonly string[]): Promise<void> {
  const held = new Set(earlier.flatMap(load).flatMap(keysOf))
  for (const f of readdirSync(batches).filter((n) => /^b\d+\.ts$/.test(n))) {
    const { B } = (await import(join(batches, f))) as { B: Row[] }
    for (const [url, , , title, text] of B) if (keysOf({ url, title, text }).some((k) => held.has(k))) console.log(`${f}: ${url}`)
  }
}
