/**
 * server.rss_idle_mb: the server bundle as `npm start` runs it, with the built-in demo feed on,
 * its resident set (VmRSS, every thread) sampled every 500 ms from 20 s to 80 s after start,
 * the window issue #18 measured in. Target ≤ 400 MB.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { freePort } from '../test/helpers/free-port.ts'
import { isMain, report } from './lib.ts'

const FROM_MS = 20_000
const UNTIL_MS = 80_000
const EVERY_MS = 500

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024
}

export async function run(): Promise<void> {
  // @ts-expect-error -- plain JavaScript module shared with `npm start`; it has no type declarations
  const { buildServerIfStale } = (await import('../scripts/build-if-stale.mjs')) as { buildServerIfStale: (log: (l: string) => void) => Promise<void> }
  await buildServerIfStale(() => {})
  const root = path.resolve(import.meta.dirname, '..')
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yq-bench-idle-'))
  const env = { PATH: process.env.PATH, YQ_LOG_LEVEL: 'warn', YQ_PORT: String(await freePort()), YQ_ADMIN_PASSWORD: 'bench-admin-password-0001', YQ_DATA_DIR: dataDir }
  const child = spawn(process.execPath, ['--enable-source-maps', 'dist/server/main.mjs'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] })
  try {
    const samples: number[] = []
    const started = Date.now()
    while (Date.now() - started < UNTIL_MS) {
      await new Promise((r) => setTimeout(r, EVERY_MS))
      if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`)
      if (Date.now() - started >= FROM_MS) samples.push(rssMb(child.pid!))
    }
    const mean = samples.reduce((a, b) => a + b, 0) / samples.length
    report('server.rss_idle_mb', Math.max(...samples), 'MB', `max VmRSS of the server process 20–80 s after start, demo feed on (mean ${Math.round(mean)} MB over ${samples.length} samples); target ≤ 400 MB`)
  } finally {
    child.kill('SIGKILL')
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

if (isMain(import.meta.url)) await run()
