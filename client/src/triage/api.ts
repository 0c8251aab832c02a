import type { CaseKind, Level } from '@shared/types/case.ts'
import type { QueueRow, StoryClaim, StoryTriaged, TriageCounts } from '@shared/types/triage.ts'
import { getJson, sendJson, type CaseSummary } from '../api.ts'

/** The API's page size cap is 500; smaller pages keep the first paint quick and later pages load while scrolling. */
export const QUEUE_PAGE_SIZE = 200

export interface QueuePage {
  stories: QueueRow[]
  next_cursor: string | null
}

export function fetchQueue(params: URLSearchParams): Promise<QueuePage> {
  return getJson(`/api/triage/queue?${params}`)
}

export function fetchTriageCounts(): Promise<TriageCounts> {
  return getJson('/api/triage/counts')
}

export interface OpenCaseOption {
  id: number
  title: string
  level: Level
  status: string
  created_at: string
  unit_name: string
}

export function searchOpenCases(q: string): Promise<{ cases: OpenCaseOption[] }> {
  return getJson(`/api/triage/cases?${new URLSearchParams(q.trim() ? { q: q.trim(), limit: '20' } : { limit: '20' })}`)
}

export interface CaseDraft {
  title: string
  kind: CaseKind
  level: Level
  unit_id?: string
}

export interface Decided {
  triaged: StoryTriaged
  case: CaseSummary | null
}

export const claimStories = (story_ids: number[]) => sendJson<{ claims: StoryClaim[] }>('POST', '/api/triage/claims', { story_ids })
export const releaseStories = (story_ids: number[]) => sendJson<unknown>('POST', '/api/triage/release', { story_ids })
export const openCase = (story_ids: number[], draft: CaseDraft) => sendJson<Decided>('POST', '/api/triage/open', { story_ids, case: draft })
export const linkCase = (story_ids: number[], case_id: number) => sendJson<Decided>('POST', '/api/triage/link', { story_ids, case_id })
export const dismissStories = (story_ids: number[], reason: string) => sendJson<Decided>('POST', '/api/triage/dismiss', { story_ids, reason })
export const watchStories = (story_ids: number[]) => sendJson<Decided>('POST', '/api/triage/watch', { story_ids })
export const undoDismiss = (story_ids: number[]) => sendJson<unknown>('POST', '/api/triage/undo', { story_ids })

/** A page about to close releases its claims; keepalive lets the request outlive the page. */
export function releaseOnExit(story_ids: number[], headers: Record<string, string>): void {
  if (story_ids.length === 0) return
  void fetch('/api/triage/release', { method: 'POST', keepalive: true, headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ story_ids }) }).catch(() => undefined)
}
