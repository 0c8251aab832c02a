import type { FastifyInstance } from 'fastify'
import type { Case } from '@shared/types/case.ts'
import type { Level } from '@shared/types/item.ts'
import { addUser } from '../../server/auth/users.ts'
import { rawFetch, type Session } from './auth-session.ts'
import type { ApiResult } from './case-fixtures.ts'
import { PASSWORD } from './roles.ts'
import type { TestApp } from './test-app.ts'

export interface StoryFixture {
  title?: string
  summary?: string | null
  firstSeenAt?: Date
  level?: Level | null
  department?: { id: string; name: string; terms: string[]; confidence?: number } | null
  /** The place's confidence as tagging gives it; absent as on items tagged before it existed. */
  regionConfidence?: number
  city?: string | null
  county?: string | null
  sourceName?: string
  reports?: number
  unitId?: string
}

let serial = 0

async function sourceId(app: FastifyInstance, name: string): Promise<number> {
  const url = `https://fixture.example.cn/${encodeURIComponent(name)}.xml`
  const found = await app.db.selectFrom('sources').select('id').where('url', '=', url).executeTakeFirst()
  if (found) return found.id
  const row = await app.db
    .insertInto('sources')
    .values({ name, url, interval_s: 60, next_poll_at: '2099-01-01T00:00:00.000Z', created_at: new Date().toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

/** Stores a story with its reports as ingestion and tagging would. Returns the story id. */
export async function insertStory(app: FastifyInstance, f: StoryFixture = {}): Promise<number> {
  const n = ++serial
  const at = (f.firstSeenAt ?? new Date(Date.now() - 60_000 * n)).toISOString()
  const title = f.title ?? `济南市历下区某小区供水中断 ${n}`
  const source = await sourceId(app, f.sourceName ?? '齐鲁网')
  const story = await app.db
    .insertInto('stories')
    .values({ title, signature: '[]', report_count: f.reports ?? 1, source_count: 1, first_seen_at: at, last_seen_at: at })
    .returning('id')
    .executeTakeFirstOrThrow()
  const department = f.department === undefined ? { id: 'zjj', name: '住房城乡建设', terms: ['供水'] } : f.department
  for (let r = 0; r < (f.reports ?? 1); r++) {
    await app.db
      .insertInto('items')
      .values({
        source_id: source,
        guid: `story-${n}-${r}-${Date.now()}`,
        title,
        link: `https://news.example.cn/s/${n}/${r}`,
        summary: f.summary === undefined ? '居民反映停水两天无人回应' : f.summary,
        published_at: null,
        first_seen_at: at,
        content_hash: `story-${n}-${r}`,
        departments: JSON.stringify(department ? [{ ...department, score: 1 }] : []),
        region: JSON.stringify({ province: '山东省', city: f.city === undefined ? '济南市' : f.city, county: f.county === undefined ? '历下区' : f.county, code: '370102', ...(f.regionConfidence === undefined ? {} : { confidence: f.regionConfidence }) }),
        unit: JSON.stringify({ id: f.unitId ?? '370102', name: '历下区人民政府' }),
        severity: JSON.stringify({ level: f.level ?? null, signals: f.level ? ['爆炸'] : [] }),
        story_id: story.id,
      })
      .execute()
  }
  return story.id
}

/** Operator accounts, signed in: concurrent-operator tests act as real, different sessions. */
export async function signInOperators(t: TestApp, names: readonly string[]): Promise<Session[]> {
  const sessions: Session[] = []
  for (const username of names) {
    await addUser(t.app.db, { username, password: PASSWORD, role: 'operator' }, 'test')
    sessions.push(await t.login(username, PASSWORD))
  }
  return sessions
}

/** A JSON request as that session (cookie, and the CSRF token on writes). */
export async function apiAs<T = Case>(t: TestApp, session: Session, method: string, path: string, body?: unknown): Promise<ApiResult<T>> {
  const headers = { ...t.as(session, method), ...(body === undefined ? {} : { 'content-type': 'application/json' }) }
  const res = await rawFetch(`${t.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  return { status: res.status, body: (await res.json()) as T }
}

/** Many one-report stories in one transaction (a queue of thousands without thousands of round trips). Returns ids, newest first. */
export async function insertManyStories(app: FastifyInstance, count: number): Promise<number[]> {
  const source = await sourceId(app, '齐鲁网')
  const now = Date.now()
  const ids: number[] = []
  await app.db.transaction().execute(async (trx) => {
    for (let i = 0; i < count; i++) {
      const at = new Date(now - (i + 1) * 30_000).toISOString()
      const title = `济南市历下区居民反映供水问题 第${i}号`
      const story = await trx.insertInto('stories').values({ title, signature: '[]', report_count: 1, source_count: 1, first_seen_at: at, last_seen_at: at }).returning('id').executeTakeFirstOrThrow()
      await trx
        .insertInto('items')
        .values({ source_id: source, guid: `many-${now}-${i}`, title, link: null, summary: '居民反映停水', published_at: null, first_seen_at: at, content_hash: `many-${now}-${i}`, departments: JSON.stringify([{ id: 'zjj', name: '住房城乡建设', terms: ['供水'], score: 1 }]), story_id: story.id })
        .execute()
      ids.push(story.id)
    }
  })
  return ids
}
