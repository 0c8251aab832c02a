import type { Role } from '../types/role.ts'

/**
 * The claimed time of a timeline entry (`at`, what the filer says happened) against its recording
 * time (`recorded_at`, when the server stored it). One rule, used by the server for every clock
 * and by the case page to warn before submitting:
 *
 * - a claim no more than the policy's tolerance before its recording is believed: the entry
 *   meets deadlines at `at` (typing a report takes a while);
 * - a claim further back is kept on the timeline as said, but meets deadlines at `recorded_at`,
 *   unless the office vouched for it: an entry filed by an office account (admin or operator,
 *   who enter 补录 from phone calls and documents) carries `at_confirmed_by`, its filer.
 *
 * So a unit cannot erase its own lateness by dating a late report back to the clock start.
 */
export interface ClaimedEntry {
  at: string
  recorded_at: string
  /** The office account that vouched for a claimed time beyond the tolerance. */
  at_confirmed_by?: string
}

/** Roles whose entries vouch for their own claimed time (the provincial office). */
export const OFFICE_ROLES: readonly Role[] = ['admin', 'operator']

export function isOfficeRole(role: string): boolean {
  return (OFFICE_ROLES as readonly string[]).includes(role)
}

/** Whether `at` lies further before `recordedAt` than the tolerance allows. */
export function claimBeyondTolerance(at: string, recordedAt: string, toleranceMs: number): boolean {
  return Date.parse(recordedAt) - Date.parse(at) > toleranceMs
}

/** The instant an entry counts at for deadlines (ISO 8601 UTC). */
export function creditedAt(e: ClaimedEntry, toleranceMs: number): string {
  if (e.at_confirmed_by || !claimBeyondTolerance(e.at, e.recorded_at, toleranceMs)) return e.at
  return e.recorded_at
}

/** Whether the claimed and recorded times differ enough to show both (to the second). */
export function claimDiffers(e: { at: string; recorded_at: string }): boolean {
  return Math.abs(Date.parse(e.recorded_at) - Date.parse(e.at)) >= 1000
}
