import type { SourceHealth } from '@shared/types/source.ts'

export const MAX_BACKOFF_S = 3600
/** Failures in a row before a source is called failing rather than degraded. */
export const FAILING_AFTER = 3

/**
 * Seconds to wait after the n-th failure in a row: the source's interval doubled per failure,
 * capped at an hour, with ±20% jitter so sources that failed together do not retry together.
 */
export function backoffSeconds(intervalS: number, failures: number, random: number): number {
  const base = Math.min(MAX_BACKOFF_S, intervalS * 2 ** Math.min(failures, 12))
  return Math.max(1, Math.round(base * (0.8 + 0.4 * random)))
}

export function healthAfterFailures(failures: number): SourceHealth {
  if (failures === 0) return 'ok'
  return failures >= FAILING_AFTER ? 'failing' : 'degraded'
}
