import type { ColumnType, Generated } from 'kysely'

export interface UnitRow {
  id: string
  name: string
  level: string
  parent_id: string | null
  code: string
  /** Optional on insert: the directory sync adds units without contacts. */
  duty_phone: ColumnType<string | null, string | null | undefined, string | null>
  contact_person: ColumnType<string | null, string | null | undefined, string | null>
  /** Set when this unit was a duplicate merged into another (migration 0120): kept for old timelines, never offered or accepted. */
  merged_into: ColumnType<string | null, string | null | undefined, string | null>
}

export interface CaseRow {
  id: Generated<number>
  title: string
  kind: string
  level: string
  status: Generated<string>
  origin: Generated<string>
  policy_id: string
  clock_start: string
  clock_start_reason: string | null
  unit_id: string
  lead_unit_id: string | null
  cooperating_unit_ids: Generated<string>
  supervised: Generated<number>
  drill: Generated<number>
  created_at: string
  updated_at: string
}

export interface CaseEventRow {
  id: Generated<number>
  case_id: number
  type: string
  at: string
  recorded_at: string
  actor: string
  payload: string
}

export interface CaseDeadlineRow {
  case_id: number
  kind: string
  starts_at: string
  due_soon_at: string
  due_at: string
  met_at: string | null
  /** The unit the deadline is counted for (migration 0110). */
  unit_id: string | null
  /** The timeline entry that met it (migration 0110). */
  met_event_id: number | null
  /** The policy's due time when an approved 延期申请 moved `due_at`, and who approved (migration 0130). */
  original_due_at: string | null
  extended_by: string | null
}

export interface DeadlineCrossingRow {
  case_id: number
  kind: string
  due_at: string
  crossing: string
  emitted_at: string
  event_id: number
}

declare module '../db/schema.ts' {
  interface Database {
    units: UnitRow
    cases: CaseRow
    case_events: CaseEventRow
    case_deadlines: CaseDeadlineRow
    deadline_crossings: DeadlineCrossingRow
  }
}
