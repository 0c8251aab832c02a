/**
 * Below this a suggestion is a guess, and /triage says so (把握低; issue #19: say so rather than
 * guess). `npm run eval` counts how often suggestions on each side of it are right, so the line the
 * operator reads is measured, not asserted.
 */
export const LOW_CONFIDENCE = 0.35

/** Whether a suggestion's confidence is shown as low. */
export function isLowConfidence(confidence: number): boolean {
  return confidence < LOW_CONFIDENCE
}
