import type { ChartData } from 'chart.js'
import { formatRateWithCounts } from '@shared/review/format.ts'
import { DEADLINE_KINDS } from '@shared/types/case.ts'
import type { TimelinessResponse } from '../../shared/api.ts'
import { t, type MessageKey } from '../../i18n/messages.ts'

/** Percent with one decimal, rounded as the bulletin prints rates (formatRate), so the chart and the document agree. */
export const percent = (rate: number | null): number | null => (rate === null ? null : Math.round(rate * 1000) / 10)

const KIND_COLOURS: Record<string, string> = {
  authoritative_info: '#ff4d4f',
  press_conference: '#f97316',
  response: '#3b82f6',
  follow_up: '#a855f7',
  acknowledgement: '#3ecf8e',
}

/** On-time rate per group, best first (groups with nothing due are left out), with the policy target as a line; each label carries the rate with its counts. */
export function rateByGroup(r: TimelinessResponse): ChartData {
  const groups = r.groups.filter((g) => g.on_time_rate !== null)
  const target = percent(r.on_time_target)
  return {
    labels: groups.map((g) => [g.name, formatRateWithCounts({ ...g, counted: g.due })]),
    datasets: [
      {
        type: 'bar',
        label: t('review.chart.rateSeries'),
        data: groups.map((g) => percent(g.on_time_rate)),
        backgroundColor: groups.map((g) => ((g.on_time_rate ?? 0) >= r.on_time_target ? '#3ecf8e' : '#ff4d4f')),
      },
      { type: 'line', label: t('review.chart.target', { rate: `${target}%` }), data: groups.map(() => target), borderColor: '#f5b83d', borderDash: [6, 4], pointRadius: 0 },
    ],
  } as ChartData
}

/** How long met deadlines took, per kind, in the API's hour buckets. */
export function timeToMeet(r: TimelinessResponse): ChartData {
  const kinds = DEADLINE_KINDS.filter((k) => r.time_to_meet[k].some((n) => n > 0))
  return {
    labels: r.time_to_meet.response.map((_, i) => t(`review.bucket.${i}` as MessageKey)),
    datasets: kinds.map((k) => ({ label: t(`deadline.${k}` as MessageKey), data: [...r.time_to_meet[k]], backgroundColor: KIND_COLOURS[k] })),
  }
}

/** On-time rate per week (Monday 北京时间), with the target. */
export function weeklyTrend(r: TimelinessResponse, weekLabel: (from: string) => string): ChartData {
  const target = percent(r.on_time_target)
  return {
    labels: r.weeks.map((w) => [weekLabel(w.from), formatRateWithCounts({ ...w, counted: w.due })]),
    datasets: [
      { label: t('review.chart.rateSeries'), data: r.weeks.map((w) => percent(w.on_time_rate)), borderColor: '#3b82f6', backgroundColor: '#3b82f6', spanGaps: true },
      { label: t('review.chart.target', { rate: `${target}%` }), data: r.weeks.map(() => target), borderColor: '#f5b83d', borderDash: [6, 4], pointRadius: 0 },
    ],
  }
}
