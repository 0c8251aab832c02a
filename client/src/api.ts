import type { Case } from '@shared/types/case.ts'
import type { Item } from '@shared/types/item.ts'
import type { Source } from '@shared/types/source.ts'
import type { Story } from '@shared/types/story.ts'
import type { WallSummary } from '@shared/wall/summary.ts'

import { failureOf, request } from './api-error.ts'
import { authHeaders, toLogin } from './session.ts'

export type { ApiFailure } from './api-error.ts'

export async function getJson<T>(url: string): Promise<T> {
  const res = await request(url, { headers: { accept: 'application/json', ...authHeaders('GET') } })
  if (res.status === 401) toLogin()
  if (!res.ok) throw await failureOf(res)
  // 204 No Content (a password change) has no body to read.
  return (res.status === 204 ? undefined : await res.json()) as T
}

export function fetchItems(limit: number): Promise<{ items: Item[]; next_cursor: number | null }> {
  return getJson(`/api/items?limit=${limit}`)
}

export function fetchStories(limit: number): Promise<{ stories: Story[] }> {
  return getJson(`/api/stories?limit=${limit}`)
}

export function fetchSources(): Promise<{ sources: Source[] }> {
  return getJson('/api/sources')
}

export async function sendJson<T>(method: string, url: string, body: unknown): Promise<T> {
  // A body-less request (DELETE) must not claim a JSON body: Fastify refuses an empty one.
  const type: Record<string, string> = body === undefined ? {} : { 'content-type': 'application/json' }
  const res = await request(url, { method, headers: { ...type, accept: 'application/json', ...authHeaders(method) }, body: body === undefined ? undefined : JSON.stringify(body) })
  if (res.status === 401) toLogin()
  if (!res.ok) throw await failureOf(res)
  // 204 No Content (a password change) has no body to read.
  return (res.status === 204 ? undefined : await res.json()) as T
}

export function fetchCase(id: number): Promise<Case> {
  return getJson(`/api/cases/${id}`)
}

export function postCaseEvent(id: number, event: Record<string, string>): Promise<Case> {
  return sendJson('POST', `/api/cases/${id}/events`, event)
}

export interface SignedIn {
  user: { id: number; username: string; role: string; unit_id: string | null }
  csrf_token: string
}

export function login(username: string, password: string): Promise<SignedIn> {
  return sendJson('POST', '/api/auth/login', { username, password })
}

export interface UnitOption {
  id: string
  name: string
  level: string
  parent_id?: string | null
}

export function fetchUnits(): Promise<{ units: UnitOption[] }> {
  return getJson('/api/units')
}

export type TimelinessResponse = import('@shared/review/types.ts').TimelinessReport & { on_time_target: number; time_to_meet_edges_h: number[] }

export function fetchTimeliness(from: string, to: string, by: string): Promise<TimelinessResponse> {
  const q = new URLSearchParams({ from, to, by })
  return getJson(`/api/review/timeliness?${q}`)
}

export function bulletinUrl(from: string, to: string, format: 'html' | 'csv'): string {
  return `/api/review/bulletin?${new URLSearchParams({ from, to, format })}`
}

/** A case as lists and the wall see it: everything but the timeline. */
export type CaseSummary = Omit<Case, 'timeline'>

/** The API's cap; the wall keeps no more than this many cases either. */
export const MAX_LISTED_CASES = 500

export function fetchCases(limit = MAX_LISTED_CASES): Promise<{ cases: CaseSummary[] }> {
  return getJson(`/api/cases?limit=${limit}`)
}

export function fetchWallSummary(): Promise<WallSummary> {
  return getJson('/api/wall/summary')
}

export interface IssuedBulletin {
  id: number
  from: string
  to: string
  version: number
  issued_at: string
  issued_by: string
  changes: { what: string; before: unknown; after: unknown }[]
}

export function fetchBulletins(): Promise<{ bulletins: IssuedBulletin[] }> {
  return getJson('/api/review/bulletins')
}

export function issueBulletin(from: string, to: string): Promise<IssuedBulletin> {
  return sendJson('POST', '/api/review/bulletins', { from, to })
}

export function issuedBulletinUrl(b: IssuedBulletin, format: 'html' | 'csv'): string {
  return `/api/review/bulletin?${new URLSearchParams({ from: b.from, to: b.to, format, version: String(b.version) })}`
}
