import { ErrorCode, YqError } from '@shared/errors.ts'
import { beijingDate } from '@shared/review/periods.ts'
import { REVIEW_GROUPINGS, type ReviewGrouping, type ReviewPeriod } from '@shared/review/types.ts'

/** A review covers at most a little over a year: enough for an annual bulletin, bounded work per request. */
export const MAX_PERIOD_DAYS = 370

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/

function instant(value: string | undefined, field: 'from' | 'to'): number {
  if (value === undefined || value === '') throw new YqError(ErrorCode.BAD_PERIOD, `${field} is required: an ISO 8601 time with a zone, e.g. 2026-11-01T00:00:00+08:00`)
  const t = Date.parse(value)
  if (!ISO_WITH_ZONE.test(value) || Number.isNaN(t)) {
    throw new YqError(ErrorCode.BAD_PERIOD, `${field} must be an ISO 8601 time with a zone, e.g. 2026-11-01T00:00:00+08:00 (got "${value.slice(0, 40)}")`)
  }
  return t
}

/** The half-open period [from, to) in UTC; refused unless from < to and the span is at most MAX_PERIOD_DAYS. */
export function parsePeriod(from: string | undefined, to: string | undefined): ReviewPeriod {
  const f = instant(from, 'from')
  const t = instant(to, 'to')
  if (f >= t) throw new YqError(ErrorCode.BAD_PERIOD, `from (${from}) must be before to (${to})`)
  if (t - f > MAX_PERIOD_DAYS * 86_400_000) throw new YqError(ErrorCode.BAD_PERIOD, `a review period spans at most ${MAX_PERIOD_DAYS} days`)
  return { from: new Date(f).toISOString(), to: new Date(t).toISOString() }
}

export function parseGrouping(by: string | undefined): ReviewGrouping {
  if (by === undefined) return 'unit'
  if (!(REVIEW_GROUPINGS as readonly string[]).includes(by)) {
    throw new YqError(ErrorCode.BAD_GROUPING, `by must be one of ${REVIEW_GROUPINGS.join(', ')} (got "${by.slice(0, 40)}")`)
  }
  return by as ReviewGrouping
}

/**
 * The 通报 CSV's file name, by the period's 北京时间 days (first and last, both included), e.g.
 * `bulletin-20261102-20261115-v1.csv`: a week from Monday 00:00 北京时间 starts on Sunday in UTC.
 * ASCII only, so every browser keeps it as given in Content-Disposition.
 */
export function bulletinCsvName(period: ReviewPeriod, version: number | null): string {
  const day = (iso: string) => beijingDate(iso).replaceAll('-', '')
  const last = new Date(Date.parse(period.to) - 1).toISOString()
  return `bulletin-${day(period.from)}-${day(last)}-${version === null ? 'draft' : `v${version}`}.csv`
}
