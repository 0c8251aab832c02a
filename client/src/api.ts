import type { Case } from '@shared/types/case.ts'
import type { Item } from '@shared/types/item.ts'
import type { Source } from '@shared/types/source.ts'

import { authHeaders, toLogin } from './session.ts'

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { accept: 'application/json', ...authHeaders('GET') } })
  if (res.status === 401) toLogin()
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`)
  return (await res.json()) as T
}

export function fetchItems(limit: number): Promise<{ items: Item[]; next_cursor: number | null }> {
  return getJson(`/api/items?limit=${limit}`)
}

export function fetchSources(): Promise<{ sources: Source[] }> {
  return getJson('/api/sources')
}

export interface ApiError {
  code?: string
  message: string
}

async function sendJson<T>(method: string, url: string, body: unknown): Promise<T> {
  const res = await fetch(url, { method, headers: { 'content-type': 'application/json', accept: 'application/json', ...authHeaders(method) }, body: JSON.stringify(body) })
  if (res.status === 401) toLogin()
  const json = (await res.json()) as T | ApiError
  if (!res.ok) throw Object.assign(new Error((json as ApiError).message), { code: (json as ApiError).code })
  return json as T
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
}

export function fetchUnits(): Promise<{ units: UnitOption[] }> {
  return getJson('/api/units')
}
