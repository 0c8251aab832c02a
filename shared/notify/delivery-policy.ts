/** How the dispatcher retries: data, so the log, the docs and the tests read the same numbers. */
export const RETRY_BASE_MS = 5_000
export const RETRY_MAX_MS = 30 * 60_000
/** After this many failed attempts a retryable failure becomes permanent (status failed, retry by hand). */
export const MAX_ATTEMPTS = 8
/** How long a channel that answered "too many" is left alone when it does not say. */
export const RATE_LIMIT_HOLD_MS = 60_000

/**
 * Exponential backoff with full jitter over the upper half: attempt 1 waits 2.5–5 s, attempt 2
 * 5–10 s, … capped at 30 min, so many failing channels do not retry in step.
 * @param random in [0, 1)
 */
export function retryDelayMs(attempt: number, random: number, baseMs = RETRY_BASE_MS): number {
  const ceiling = Math.min(RETRY_MAX_MS, baseMs * 2 ** Math.max(0, attempt - 1))
  return Math.round(ceiling / 2 + (ceiling / 2) * random)
}

/**
 * A token bucket per channel for its documented rate (CHANNEL_SPECS.perMinute): full at start,
 * refilled continuously. Pure state in, state out.
 */
export interface Bucket {
  tokens: number
  at: number
}

export function refill(bucket: Bucket | undefined, perMinute: number, nowMs: number): Bucket {
  if (!bucket) return { tokens: perMinute, at: nowMs }
  const tokens = Math.min(perMinute, bucket.tokens + ((nowMs - bucket.at) * perMinute) / 60_000)
  return { tokens, at: nowMs }
}
