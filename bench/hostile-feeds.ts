/**
 * Issue #15's acceptance figures: the server process polling a nested feed, a 20,000-item feed
 * and a feed of huge fields beside a good one, and receiving a 3.6 MB push of nested <div>s,
 * while /api/health is probed every 100 ms. Targets: every probe under 200 ms, RSS under 600 MB.
 */
import { isMain, report } from './lib.ts'

const DURATION_MS = 60_000

export async function run(): Promise<void> {
  // @ts-expect-error -- plain JavaScript module shared with `npm start`; it has no type declarations
  const { buildServerIfStale } = (await import('../scripts/build-if-stale.mjs')) as { buildServerIfStale: (log: (l: string) => void) => Promise<void> }
  await buildServerIfStale(() => {})
  const { runHostileScenario } = await import('../test/helpers/hostile-scenario.ts')
  const cleanups: (() => void | Promise<void>)[] = []
  try {
    const out = await runHostileScenario((fn) => cleanups.push(fn), DURATION_MS, 10_000)
    const note = `${out.answered}/${out.probes} probes answered over ${DURATION_MS / 1000} s; ${out.goodItems} good items, ${out.manyItems} of 20,000 taken so far (500 per poll)`
    report('hostile.health_max_ms', out.maxHealthMs, 'ms', `${note}; target < 200 ms`)
    report('hostile.health_p99_ms', out.p99HealthMs, 'ms', note)
    report('hostile.rss_peak_mb', out.rssPeakMb, 'MB', 'server process VmRSS, sampled every 100 ms; target < 600 MB')
    // Issue #18's name for the same figure.
    report('server.rss_peak_hostile_mb', out.rssPeakMb, 'MB', 'peak VmRSS of the server process next to the hostile feeds and pushes (nested, 20,000 items, huge fields), sampled every 100 ms; target ≤ 600 MB')
  } finally {
    for (const fn of cleanups.reverse()) await fn()
  }
}

if (isMain(import.meta.url)) await run()
