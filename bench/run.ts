/**
 * `npm run bench`: every benchmark, one JSON line per figure. Each file under bench/ that
 * exports run() is a benchmark; they run one after another so they do not disturb each other.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const dir = path.dirname(fileURLToPath(import.meta.url))
const only = process.argv.slice(2)
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !['run.ts', 'lib.ts'].includes(f))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort()
let failed = 0
for (const file of files) {
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { run?: () => Promise<unknown> }
  if (!mod.run) continue
  try {
    // A benchmark either prints its own lines or returns its figures for this runner to print.
    const figures = await mod.run()
    if (Array.isArray(figures)) for (const f of figures) console.log(JSON.stringify(f))
  } catch (err) {
    failed++
    console.error(`bench ${file} failed:`, err)
  }
}
process.exit(failed ? 1 : 0)
