import type { SourceHealth } from '@shared/types/source.ts'
import { ErrorCode } from '@shared/errors.ts'

export const MAX_BACKOFF_S = 3600
/** Failures in a row before a source is called failing rather than degraded. */
export const FAILING_AFTER = 3

/**
 * Seconds to wait after the n-th failure in a row: the source's interval doubled per failure,
 * capped at an hour, with ±20% jitter so sources that failed together do not retry together.
 * A publisher's Retry-After is honoured when it asks for longer.
 */
export function backoffSeconds(intervalS: number, failures: number, random: number, retryAfterS: number | null = null): number {
  const base = Math.min(MAX_BACKOFF_S, intervalS * 2 ** Math.min(failures, 12))
  const jittered = Math.max(1, Math.round(base * (0.8 + 0.4 * random)))
  return retryAfterS === null ? jittered : Math.max(jittered, retryAfterS)
}

/**
 * Errors that will not cure themselves by waiting (the URL serves a web page, a 50 MB file or a
 * redirect loop) make a source failing at once; network trouble and timeouts degrade it first.
 */
const PERMANENT: ReadonlySet<string> = new Set([ErrorCode.FEED_NOT_FEED, ErrorCode.FEED_TOO_LARGE, ErrorCode.FEED_TOO_COMPLEX, ErrorCode.FEED_REDIRECTS, ErrorCode.SOURCE_URL_REFUSED])

export function healthAfterFailures(failures: number, code: string | null = null): SourceHealth {
  if (failures === 0) return 'ok'
  if (code !== null && PERMANENT.has(code)) return 'failing'
  return failures >= FAILING_AFTER ? 'failing' : 'degraded'
}
