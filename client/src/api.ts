import type { Item } from '@shared/types/item.ts'
import type { Source } from '@shared/types/source.ts'

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { accept: 'application/json' } })
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`)
  return (await res.json()) as T
}

export function fetchItems(limit: number): Promise<{ items: Item[]; next_cursor: number | null }> {
  return getJson(`/api/items?limit=${limit}`)
}

export function fetchSources(): Promise<{ sources: Source[] }> {
  return getJson('/api/sources')
}
