import type { DepartmentTag, Level, RegionTag, SeverityTag, UnitTag } from './item.ts'

/** What an operator decided about a story. `watch` (关注) keeps it visible under the watch filter. */
export const TRIAGE_ACTIONS = ['opened', 'linked', 'dismissed', 'watch'] as const
export type TriageAction = (typeof TRIAGE_ACTIONS)[number]

export type QueueSort = 'newest' | 'severe'

export interface StoryClaim {
  story_id: number
  actor: string
  expires_at: string
}

/** One row of the triage queue: a story with its earliest report's tags as the suggestions. */
export interface QueueRow {
  story_id: number
  title: string
  summary: string | null
  link: string | null
  report_count: number
  source_count: number
  sources: string[]
  first_seen_at: string
  last_seen_at: string
  /** The most severe level any report suggests, or null. */
  level: Level | null
  departments: DepartmentTag[]
  region: RegionTag | null
  unit: UnitTag | null
  severity: SeverityTag | null
  item_ids: number[]
  claim: StoryClaim | null
  /** Set when the story was marked 关注 (only under the watch filter). */
  decision: TriageAction | null
}

export interface TriageCounts {
  untriaged: number
  claimed: number
  triaged_today: number
}

export interface StoryTriaged {
  story_ids: number[]
  action: TriageAction
  actor: string
  case_id: number | null
  reason: string | null
  /** For a dismissal: until when the actor may undo it. */
  undo_until: string | null
}

export interface StoryReleased {
  story_id: number
  actor: string
  reason: 'released' | 'expired' | 'triaged'
}

export interface StoryRestored {
  story_ids: number[]
  actor: string
}
