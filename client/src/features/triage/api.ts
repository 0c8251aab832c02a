import type { CaseDraft, Claims, Decided, OpenCaseOption, OpenCaseOptions, QueuePage, Released, StoryRestored, TriageCounts } from '@shared/api/triage.ts'
import { getJson, sendJson } from '../../shared/api.ts'

/** The API's page size cap is 500; smaller pages keep the first paint quick and later pages load while scrolling. */
export const QUEUE_PAGE_SIZE = 200

export type { CaseDraft, Decided, OpenCaseOption, QueuePage }

export function fetchQueue(params: URLSearchParams): Promise<QueuePage> {
  return getJson(`/api/triage/queue?${params}`)
}

export function fetchTriageCounts(): Promise<TriageCounts> {
  return getJson('/api/triage/counts')
}

export function searchOpenCases(q: string): Promise<OpenCaseOptions> {
  return getJson(`/api/triage/cases?${new URLSearchParams(q.trim() ? { q: q.trim(), limit: '20' } : { limit: '20' })}`)
}

export const claimStories = (story_ids: number[]) => sendJson<Claims>('POST', '/api/triage/claims', { story_ids })
export const releaseStories = (story_ids: number[]) => sendJson<Released>('POST', '/api/triage/release', { story_ids })
export const openCase = (story_ids: number[], draft: CaseDraft) => sendJson<Decided>('POST', '/api/triage/open', { story_ids, case: draft })
export const linkCase = (story_ids: number[], case_id: number) => sendJson<Decided>('POST', '/api/triage/link', { story_ids, case_id })
export const dismissStories = (story_ids: number[], reason: string) => sendJson<Decided>('POST', '/api/triage/dismiss', { story_ids, reason })
export const watchStories = (story_ids: number[]) => sendJson<Decided>('POST', '/api/triage/watch', { story_ids })
export const undoDismiss = (story_ids: number[]) => sendJson<StoryRestored>('POST', '/api/triage/undo', { story_ids })

/** A page about to close releases its claims; keepalive lets the request outlive the page. */
export function releaseOnExit(story_ids: number[], headers: Record<string, string>): void {
  if (story_ids.length === 0) return
  void fetch('/api/triage/release', { method: 'POST', keepalive: true, headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ story_ids }) }).catch(() => undefined)
}
