import { beijingParts } from '../time.ts'

/** `83.3%`, one decimal, or `—` when nothing was due. The page, the bulletin and the CSV all print rates this way. */
export function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`
}

/**
 * `100.0%（2/2）`: a rate always with its counts (按时办结 / 应办), or `—` when nothing is
 * counted. The wall, the review page, the 通报 and its CSV all print on-time rates this way.
 */
export function formatRateWithCounts(c: { on_time_rate: number | null; met_on_time: number; counted: number }): string {
  return c.on_time_rate === null || c.counted === 0 ? '—' : `${formatRate(c.on_time_rate)}（${c.met_on_time}/${c.counted}）`
}

/** `5小时30分` for a duration (minutes rounded down). */
export function formatDurationZh(ms: number | null): string {
  if (ms === null) return '—'
  const minutes = Math.floor(Math.abs(ms) / 60_000)
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return h === 0 ? `${m}分` : `${h}小时${m}分`
}

/** `2026-11-03 14:05` in 北京时间. */
export function formatBeijingDateTime(iso: string): string {
  const p = beijingParts(new Date(iso))
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`
}

/** `2026年11月03日` in 北京时间. */
export function formatBeijingDateZh(iso: string): string {
  const p = beijingParts(new Date(iso))
  return `${p.year}年${p.month}月${p.day}日`
}
