import type { SignedIn } from '@shared/api/accounts.ts'
import type { Case, CaseList, CaseSummary } from '@shared/api/cases.ts'
import type { BulletinList, IssuedBulletin, Timeliness } from '@shared/api/review.ts'
import type { Unit, UnitList } from '@shared/api/units.ts'
import type { ItemPage } from '@shared/api/items.ts'
import type { SourceList } from '@shared/api/sources.ts'
import type { StoryPage } from '@shared/api/stories.ts'
import type { WallSummary } from '@shared/api/wall.ts'

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

export function fetchItems(limit: number): Promise<ItemPage> {
  return getJson(`/api/items?limit=${limit}`)
}

export function fetchStories(limit: number): Promise<StoryPage> {
  return getJson(`/api/stories?limit=${limit}`)
}

export function fetchSources(): Promise<SourceList> {
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

export function postCaseEvent(id: number, event: Record<string, string | number>): Promise<Case> {
  return sendJson('POST', `/api/cases/${id}/events`, event)
}

/** PATCH /api/cases/:id: 督办, 演练, 改派, clock start; the answer is the updated case. */
export function patchCase(id: number, patch: Record<string, unknown>): Promise<Case> {
  return sendJson('PATCH', `/api/cases/${id}`, patch)
}

/** POST /api/auth/login's answer (shared/api/accounts.ts). */
export type { SignedIn }

export function login(username: string, password: string): Promise<SignedIn> {
  return sendJson('POST', '/api/auth/login', { username, password })
}

/** A unit as GET /api/units answers it (shared/api/units.ts). */
export type UnitOption = Unit

export function fetchUnits(): Promise<UnitList> {
  return getJson('/api/units')
}

/** GET /api/review/timeliness (shared/api/review.ts). */
export type TimelinessResponse = Timeliness

export function fetchTimeliness(from: string, to: string, by: string): Promise<TimelinessResponse> {
  const q = new URLSearchParams({ from, to, by })
  return getJson(`/api/review/timeliness?${q}`)
}

export function bulletinUrl(from: string, to: string, format: 'html' | 'csv'): string {
  return `/api/review/bulletin?${new URLSearchParams({ from, to, format })}`
}

/** A case as lists and the wall see it: everything but the timeline. */
export type { CaseSummary }

/** The API's cap; the wall keeps no more than this many cases either. */
export const MAX_LISTED_CASES = 500

export function fetchCases(limit = MAX_LISTED_CASES): Promise<CaseList> {
  return getJson(`/api/cases?limit=${limit}`)
}

export function fetchWallSummary(): Promise<WallSummary> {
  return getJson('/api/wall/summary')
}

export type { IssuedBulletin }

export function fetchBulletins(): Promise<BulletinList> {
  return getJson('/api/review/bulletins')
}

export function issueBulletin(from: string, to: string): Promise<IssuedBulletin> {
  return sendJson('POST', '/api/review/bulletins', { from, to })
}

export function issuedBulletinUrl(b: IssuedBulletin, format: 'html' | 'csv'): string {
  return `/api/review/bulletin?${new URLSearchParams({ from: b.from, to: b.to, format, version: String(b.version) })}`
}
