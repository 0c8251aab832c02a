import { isIP } from 'node:net'
import type { Kysely, Transaction } from 'kysely'
import { ErrorCode, YqError } from '@shared/errors.ts'
import { LEVELS, type Level } from '@shared/types/case.ts'
import type { Database } from '../db/index.ts'
import { isPrivateAddress } from '../ingest/index.ts'
import './schema.ts'

type Db = Kysely<Database> | Transaction<Database>

/**
 * Clocks of client machines drift; an event stamped a moment ahead of the server is a clock
 * difference, not a claim about the future. Anything more is refused.
 */
export const MAX_FUTURE_SKEW_MS = 5_000

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/

/** An ISO 8601 instant with an explicit zone, normalised to UTC; anything else is refused. */
export function parseInstant(value: string, field: string): string {
  const t = Date.parse(value)
  if (!ISO_WITH_ZONE.test(value) || Number.isNaN(t)) {
    throw new YqError(ErrorCode.BAD_CASE_EVENT, `${field} must be an ISO 8601 time with a zone, e.g. 2026-03-01T08:00:00Z (got "${value.slice(0, 40)}")`)
  }
  return new Date(t).toISOString()
}

export function requireLevel(value: string): Level {
  if (!(LEVELS as readonly string[]).includes(value)) {
    throw new YqError(ErrorCode.BAD_CASE_LEVEL, `level must be one of I, II, III, IV (got "${value.slice(0, 20)}")`)
  }
  return value as Level
}

export function requireOneOf<T extends string>(value: string | undefined, allowed: readonly T[], field: string): T {
  if (value === undefined || !(allowed as readonly string[]).includes(value)) {
    throw new YqError(ErrorCode.BAD_CASE_EVENT, `${field} must be one of ${allowed.join(', ')} (got ${value === undefined ? 'nothing' : `"${value.slice(0, 40)}"`})`)
  }
  return value as T
}

export async function requireUnits(db: Db, ids: readonly string[]): Promise<void> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return
  const known = await db.selectFrom('units').select(['id', 'merged_into']).where('id', 'in', unique).execute()
  const merged = known.find((k) => k.merged_into !== null)
  if (merged) throw new YqError(ErrorCode.UNKNOWN_UNIT, `unit "${merged.id}" was a duplicate and is now ${merged.merged_into}: name that unit`)
  const missing = unique.filter((id) => !known.some((k) => k.id === id))
  if (missing.length > 0) throw new YqError(ErrorCode.UNKNOWN_UNIT, `unknown unit ${missing.map((m) => `"${m.slice(0, 40)}"`).join(', ')}`)
}

/** An event's time must lie between the clock start and now: the clock cannot be gamed either way. */
export function requireEventTime(at: string, clockStart: string, now: Date): void {
  if (Date.parse(at) > now.getTime() + MAX_FUTURE_SKEW_MS) {
    throw new YqError(ErrorCode.EVENT_IN_FUTURE, `event time ${at} is in the future (server time ${now.toISOString()})`)
  }
  if (Date.parse(at) < Date.parse(clockStart)) {
    throw new YqError(ErrorCode.EVENT_BEFORE_CLOCK_START, `event time ${at} is before the case's clock start ${clockStart}`)
  }
}

/** Host names that only ever mean this machine or an intranet (RFC 6761, RFC 8375 and common private zones). */
const NON_PUBLIC_NAME = /(^|\.)(localhost|local|localdomain|internal|intranet|lan|home\.arpa)$/i

/**
 * Whether a link's host is one the public can reach: an IP literal outside the URL guard's
 * private and loopback ranges (server/ingest/url-guard.ts), or a dotted name outside the
 * private zones. Names are not resolved: the link is recorded, not fetched, and filing must
 * not wait on DNS.
 */
function isPublicHost(url: URL): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '')
  if (isIP(host)) return !isPrivateAddress(host)
  return host.includes('.') && !NON_PUBLIC_NAME.test(host)
}

/** Links in reports are public pages: http(s), on a public host, without credentials. */
export function requirePublicUrl(value: string | undefined, type: string): string {
  let url: URL | null = null
  try {
    url = value ? new URL(value) : null
  } catch {
    url = null
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new YqError(ErrorCode.BAD_CASE_EVENT, `a ${type} event needs the public link (http or https URL) where it was published`)
  }
  if (!isPublicHost(url) || url.username !== '' || url.password !== '') {
    throw new YqError(ErrorCode.EVENT_URL_NOT_PUBLIC, `发布链接须为公众可访问的网址：${url.host.slice(0, 80)} 是本机、内网或带账号的地址，请填写实际发布页面的公开链接`)
  }
  return url.href
}
