import { beijingParts } from '../time.ts'

/** `2026-03-01T08:00:05` in 北京时间, the value a `datetime-local` input with seconds shows. */
export function toBeijingInput(instant: Date): string {
  const p = beijingParts(instant)
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`
}

/** The UTC instant of a `datetime-local` value read as 北京时间 (UTC+8, no daylight saving); null if not a time. */
export function fromBeijingInput(value: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2})?$/.exec(value.trim())
  if (!m) return null
  const t = Date.parse(`${m[1]}${m[2] ?? ':00'}+08:00`)
  return Number.isNaN(t) ? null : new Date(t).toISOString()
}
