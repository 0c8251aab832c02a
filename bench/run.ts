/**
 * `npm run bench`: every benchmark, one JSON line per figure. Each file under bench/ that
 * exports run() is a benchmark. They run one after another, each in a process of its own: in one
 * shared process the dictionaries, heaps and compiled code of earlier benchmarks were counted in
 * later ones (poll's peak RSS read 1,242 MB in the full run against 566 MB alone), so a figure
 * depended on which benchmarks ran before it.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const dir = path.dirname(fileURLToPath(import.meta.url))
const self = fileURLToPath(import.meta.url)

/** Child mode: run one benchmark file and exit, whatever handles it leaves open. */
async function runOne(file: string): Promise<never> {
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { run?: () => Promise<unknown> }
  if (!mod.run) process.exit(0)
  try {
    // A benchmark either prints its own lines or returns its figures for the runner to print.
    const figures = await mod.run()
    if (Array.isArray(figures)) for (const f of figures) console.log(JSON.stringify(f))
    process.exit(0)
  } catch (err) {
    console.error(`bench ${file} failed:`, err)
    process.exit(1)
  }
}

function runChild(file: string): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', self, '--one', file], { stdio: ['ignore', 'inherit', 'inherit'] })
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))))
}

const oneAt = process.argv.indexOf('--one')
if (oneAt >= 0) await runOne(process.argv[oneAt + 1]!)

const only = process.argv.slice(2)
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !['run.ts', 'lib.ts'].includes(f))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort()
let failed = 0
for (const file of files) {
  const code = await runChild(file)
  if (code !== 0) {
    failed++
    console.error(`bench ${file} exited with ${code}`)
  }
}
process.exit(failed ? 1 : 0)
