import type { Generated } from 'kysely'

export interface ReviewBulletinRow {
  id: Generated<number>
  period_from: string
  period_to: string
  version: number
  issued_at: string
  issued_by: string
  /** JSON of BulletinDocument. */
  document: string
  /** JSON of BulletinChange[] against the previous version. */
  changes: string
}

export interface ReviewCheckRow {
  id: Generated<number>
  period_from: string
  period_to: string
  requested: number
  /** 0320: the unit a sample was drawn from; null for all units (and every check before it). */
  unit_id: string | null
  case_ids: string
  created_at: string
  created_by: string
  results: string | null
  recorded_at: string | null
  recorded_by: string | null
}

declare module '../db/schema.ts' {
  interface Database {
    review_bulletins: ReviewBulletinRow
    review_checks: ReviewCheckRow
  }
}
