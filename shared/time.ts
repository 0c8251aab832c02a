import { beijingWeekday } from './beijing-day.ts'

/** Every time on screen is 北京时间, whatever the wall machine's own zone is. */
export const DISPLAY_TIME_ZONE = 'Asia/Shanghai'

const dateTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: DISPLAY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

export interface BeijingParts {
  year: string
  month: string
  day: string
  hour: string
  minute: string
  second: string
  weekday: number
}

export function beijingParts(instant: Date): BeijingParts {
  const parts = Object.fromEntries(dateTime.formatToParts(instant).map((p) => [p.type, p.value]))
  const weekday = beijingWeekday(instant.getTime())
  return {
    year: parts.year ?? '',
    month: parts.month ?? '',
    day: parts.day ?? '',
    hour: parts.hour ?? '',
    minute: parts.minute ?? '',
    second: parts.second ?? '',
    weekday,
  }
}

/** `23:05` in 北京时间. */
export function formatBeijingHm(iso: string | Date): string {
  const p = beijingParts(typeof iso === 'string' ? new Date(iso) : iso)
  return `${p.hour}:${p.minute}`
}

/** `23:05:12` in 北京时间. */
export function formatBeijingHms(iso: string | Date): string {
  const p = beijingParts(typeof iso === 'string' ? new Date(iso) : iso)
  return `${p.hour}:${p.minute}:${p.second}`
}
