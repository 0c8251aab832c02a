import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DAY_MS, beijingDateOf, beijingDayStart, beijingMinuteOfDay, beijingWeekStart, beijingWeekday, parseBeijingDay } from '@shared/beijing-day.ts'

const shanghai = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
const parts = (t: number) => Object.fromEntries(shanghai.formatToParts(new Date(t)).map((p) => [p.type, p.value]))
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
// 1992 onwards: Asia/Shanghai has had no daylight saving since 1991.
const instant = fc.integer({ min: Date.UTC(1992, 0, 1), max: Date.UTC(2100, 0, 1) })

describe('北京时间 day arithmetic', () => {
  it('beijingDateOf, beijingWeekday and beijingMinuteOfDay agree with the Asia/Shanghai time zone for any instant', () => {
    fc.assert(
      fc.property(instant, (t) => {
        const p = parts(t)
        expect(beijingDateOf(t)).toBe(`${p.year}-${p.month}-${p.day}`)
        expect(WEEKDAYS[beijingWeekday(t)]).toBe(p.weekday)
        expect(beijingMinuteOfDay(t)).toBe(Number(p.hour) * 60 + Number(p.minute))
      }),
    )
  })

  it('beijingDayStart and beijingWeekStart are the 00:00 (and the Monday) at or before the instant', () => {
    fc.assert(
      fc.property(instant, (t) => {
        const day = beijingDayStart(t)
        expect(day <= t && t < day + DAY_MS).toBe(true)
        expect(`${parts(day).hour}${parts(day).minute}`).toBe('0000')
        const week = beijingWeekStart(t)
        expect(parts(week).weekday).toBe('Mon')
        expect(week <= t && t < week + 7 * DAY_MS).toBe(true)
      }),
    )
  })

  it('parseBeijingDay reads YYYY-MM-DD as that day\'s 00:00 北京时间 and refuses what is not a day', () => {
    expect(new Date(parseBeijingDay('2026-11-02')!).toISOString()).toBe('2026-11-01T16:00:00.000Z')
    for (const bad of ['2026-02-30', '2026-13-01', '2026-1-01', '', '2026-11-02T00:00', 'tomorrow']) expect(parseBeijingDay(bad)).toBeNull()
    fc.assert(
      fc.property(instant, (t) => {
        expect(parseBeijingDay(beijingDateOf(t))).toBe(beijingDayStart(t))
      }),
    )
  })
})
