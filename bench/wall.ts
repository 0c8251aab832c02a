/**
 * wall.cpu_percent_300_cases: 300 open cases with 2 deadlines each on /wall in Debian's Chromium
 * (1920×1080), measured over 60 s of steady state: CPU time of the renderer process(es) from
 * /proc (user + system, as % of one core), the same for all Chromium processes (browser, GPU /
 * software compositor, renderer), main-thread busy time from CDP Performance.getMetrics, and
 * frame intervals from requestAnimationFrame in a separate 10 s window (so the probe does not
 * inflate the CPU figure). Target: renderer under 10% of one core.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { buildApp } from '../server/app.ts'
import { loadConfig } from '../server/config.ts'
import { launchChromium } from '../test/helpers/browser.ts'
// @ts-expect-error -- plain JavaScript module shared with `npm start`
import { buildClientIfStale } from '../scripts/build-if-stale.mjs'
import { manyCases, seedDemoCases } from '../scripts/lib/demo-cases.ts'
import { BENCH_ADMIN_PASSWORD, isMain, percentile, report, signInAdmin } from './lib.ts'

const CASES = 300
const WINDOW_MS = Number(process.env.YQ_BENCH_WALL_WINDOW_MS ?? 60_000)
const FRAME_WINDOW_MS = 10_000
const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100

function chromiumProcesses(): { pid: number; type: string }[] {
  const out: { pid: number; type: string }[] = []
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      // Chromium rewrites its children's argv into one space-separated string, so match on the whole line.
      const cmd = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ')
      if (!cmd.split(' ')[0]!.includes('chrom')) continue
      const type = /--type=(\S+)/.exec(cmd)?.[1] ?? 'browser'
      out.push({ pid: Number(entry), type })
    } catch {
      // gone already
    }
  }
  return out
}

/** utime + stime in clock ticks; 0 for a process that has exited. */
function cpuTicks(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return Number(fields[11]) + Number(fields[12])
  } catch {
    return 0
  }
}

export async function run(): Promise<void> {
  await (buildClientIfStale as (log: (line: string) => void) => Promise<void>)(() => {})
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yq-bench-wall-'))
  const app = await buildApp(loadConfig({ YQ_DATA_DIR: dir, YQ_DEMO: '0', YQ_LOG_LEVEL: 'silent', YQ_ADMIN_PASSWORD: BENCH_ADMIN_PASSWORD }))
  await app.listen({ host: '127.0.0.1', port: 0 })
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
  // The seeding's fetch and the Chromium page both go as this admin.
  await signInAdmin(base)
  await seedDemoCases(base, new Date(), manyCases(CASES))

  const before = new Set(chromiumProcesses().map((p) => p.pid))
  const browser = await launchChromium()
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
    await page.goto(`${base}/wall`)
    await page.getByTestId('case-tile').first().waitFor()
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Performance.enable')
    await page.waitForTimeout(5000) // fonts, charts and the first summary settle
    const ours = chromiumProcesses().filter((p) => !before.has(p.pid))
    const renderers = ours.filter((p) => p.type === 'renderer')
    const tasks = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0)

    const t0 = performance.now()
    const start = new Map(ours.map((p) => [p.pid, cpuTicks(p.pid)]))
    const task0 = await tasks()
    await page.waitForTimeout(WINDOW_MS)
    const task1 = await tasks()
    const seconds = (performance.now() - t0) / 1000
    const end = new Map(ours.map((p) => [p.pid, cpuTicks(p.pid)]))
    const used = (ps: typeof ours) => ps.reduce((n, p) => n + (end.get(p.pid)! - start.get(p.pid)!), 0) / CLK_TCK
    const tiles = await page.getByTestId('case-tile').count()
    const overflow = await page.getByTestId('case-overflow').textContent()

    // A string, not a function: tsx's helpers (__name) do not exist in the page.
    const frames = (await page.evaluate(`new Promise((resolve) => {
      const gaps = []
      let last = performance.now()
      const end = last + ${FRAME_WINDOW_MS}
      const step = (t) => { gaps.push(t - last); last = t; if (t < end) requestAnimationFrame(step); else resolve(gaps) }
      requestAnimationFrame(step)
    })`)) as number[]
    frames.sort((a, b) => a - b)
    const note = `${CASES} open cases × 2 deadlines, ${tiles} tiles + "${overflow}", 1920×1080 headless Chromium, ${Math.round(seconds)} s, ${os.cpus().length} cores`
    report('wall.cpu_percent_300_cases', (100 * used(renderers)) / seconds, '% of one core', `renderer process(es), /proc utime+stime; ${note}`)
    report('wall.cpu_percent_300_cases_all_chromium', (100 * used(ours)) / seconds, '% of one core', `browser + GPU/compositor + renderer + utility processes; ${note}`)
    report('wall.main_thread_busy_percent', (100 * (task1 - task0)) / seconds, '% of one core', 'CDP Performance TaskDuration of the page main thread')
    report('wall.frame_interval_p50_ms', percentile(frames, 50), 'ms', `requestAnimationFrame intervals over ${FRAME_WINDOW_MS / 1000} s (16.7 = every frame at 60 Hz)`)
    report('wall.frame_interval_p99_ms', percentile(frames, 99), 'ms', 'p99 of the same intervals: a stall shows here')
  } finally {
    await browser.close()
    await app.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

if (isMain(import.meta.url)) await run()
