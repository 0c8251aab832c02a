import type { FastifyInstance } from 'fastify'
import type { Case } from '@shared/types/case.ts'
import { rawFetch, sessionHeaders } from './auth-session.ts'
import type { TestApp } from './test-app.ts'

let guid = 0

/** Stores an item as ingestion would, first seen at the given instant (cases start their clocks there). */
export async function insertItem(app: FastifyInstance, firstSeenAt: Date, title = '济南市历下区一化工厂发生爆炸', unitId: string | null = '370102'): Promise<number> {
  let source = await app.db.selectFrom('sources').select('id').where('url', '=', 'https://fixture.example.cn/feed.xml').executeTakeFirst()
  if (!source) {
    source = await app.db
      .insertInto('sources')
      .values({ name: '测试源', url: 'https://fixture.example.cn/feed.xml', interval_s: 60, next_poll_at: '2099-01-01T00:00:00.000Z', created_at: new Date().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow()
  }
  const row = await app.db
    .insertInto('items')
    .values({
      source_id: source.id,
      guid: `fixture-${++guid}-${Date.now()}`,
      title,
      link: `https://news.example.cn/${guid}`,
      summary: null,
      published_at: null,
      first_seen_at: firstSeenAt.toISOString(),
      content_hash: `h${guid}`,
      unit: unitId ? JSON.stringify({ id: unitId, name: unitId }) : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export interface ApiResult<T> {
  status: number
  body: T
}

export async function api<T = Case>(baseUrl: string, method: string, path: string, body?: unknown): Promise<ApiResult<T>> {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, body: (await res.json()) as T }
}

export const HOUR_MS = 3_600_000

/** Opens a case as the admin through the API of `t`, on a stored item about `unitId` first seen an hour ago. */
export async function openCaseOn(t: TestApp, title: string, unitId = '370102'): Promise<Case> {
  const item = await insertItem(t.app, new Date(Date.now() - HOUR_MS), title, unitId)
  const res = await rawFetch(`${t.baseUrl}/api/cases`, {
    method: 'POST',
    headers: { ...sessionHeaders(t.admin, 'POST'), 'content-type': 'application/json' },
    body: JSON.stringify({ title, kind: 'opinion', level: 'III', item_ids: [item], unit_id: unitId }),
  })
  if (res.status !== 201) throw new Error(`open case on ${t.baseUrl}: HTTP ${res.status} ${await res.text()}`)
  return (await res.json()) as Case
}
