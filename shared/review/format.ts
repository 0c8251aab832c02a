import { beijingParts } from '../time.ts'

/** `83.3%`, one decimal, or `—` when nothing was due. The page, the bulletin and the CSV all print rates this way. */
export function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`
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
