import { beijingParts } from '@shared/time.ts'

/** `03-01 08:00:05` in 北京时间: case times span days, so the date is always shown. */
export function formatWhen(iso: string): string {
  const p = beijingParts(new Date(iso))
  return `${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`
}
