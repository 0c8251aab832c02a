/**
 * The review's pure computation over a large month: 20 000 cases with 1–3 deadlines each
 * across 40 units, grouped by unit. Reported as the median of 5 runs.
 */
import { computeTimeliness } from '../shared/review/timeliness.ts'
import type { ReviewCaseInput, ReviewUnit } from '../shared/review/types.ts'
import { isMain, percentile, report } from './lib.ts'

const H = 3_600_000
const FROM = Date.parse('2026-11-01T16:00:00Z')
const iso = (t: number) => new Date(t).toISOString()

export async function run(): Promise<void> {
  const units: ReviewUnit[] = Array.from({ length: 40 }, (_, i) => ({ id: `37${String(i + 1).padStart(2, '0')}00`, name: `单位${i}`, level: 'city', parent_id: '370000' }))
  let seed = 1
  const rnd = () => ((seed = (seed * 48271) % 2147483647) / 2147483647)
  const cases: ReviewCaseInput[] = Array.from({ length: 20_000 }, (_, i) => {
    const start = FROM + rnd() * 28 * 24 * H
    const deadlines = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => {
      const due = start + 48 * H
      const met = rnd() < 0.85 ? start + rnd() * 60 * H : null
      return { kind: 'response' as const, starts_at: iso(start), due_soon_at: iso(due - 8 * H), due_at: iso(due), met_at: met === null ? null : iso(met) }
    })
    return { id: i + 1, title: `事项${i}`, unit_id: units[i % 40]!.id, drill: false, deadlines, flags: rnd() < 0.02 ? [{ flag: 'late_report', at: iso(start + H) }] : [] }
  })
  const times: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < 5; i++) {
    const c0 = process.cpuUsage()
    const t0 = performance.now()
    computeTimeliness(cases, units, { from: iso(FROM), to: iso(FROM + 30 * 24 * H) }, iso(FROM + 40 * 24 * H), 'unit')
    times.push(performance.now() - t0)
    const c = process.cpuUsage(c0)
    cpu.push((c.user + c.system) / 1000)
  }
  report('review.timeliness_20k_cases_ms', percentile(times.sort((a, b) => a - b), 50), 'ms', 'computeTimeliness, 20k cases / 40 units / 30-day period, by unit, median of 5')
  // CPU time of the process (the collector's threads included): steadier than wall time on a shared machine.
  report('review.timeliness_20k_cases_cpu_ms', percentile(cpu.sort((a, b) => a - b), 50), 'ms', 'the same runs, process CPU time (all threads), median of 5')
}

if (isMain(import.meta.url)) await run()
