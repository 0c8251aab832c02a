import { sql, type Kysely, type RawBuilder } from 'kysely'
import { ErrorCode, YqError } from '@shared/errors.ts'
import { decodeDepartments, decodeRegion, decodeSeverity, decodeUnit } from '@shared/item-tags.ts'
import { LEVELS } from '@shared/types/case.ts'
import type { Level } from '@shared/types/item.ts'
import type { QueueRow, QueueSort, StoryClaim, TriageAction, TriageCounts } from '@shared/types/triage.ts'
import { dialectOf, type Database, type SqlDialect } from '../db/index.ts'
import { NO_LEVEL_RANK } from '@shared/triage/queue-order.ts'
import { itemHasTag, itemLevelRank } from '../classify/index.ts'
import { minOverReports, STORIES, storiesByIds, storyHasReport, storyHoldsItems, storyReports } from '../ingest/index.ts'
import { searchTerms } from './search-index.ts'
import type { SearchTerm } from '../db/index.ts'
import { beijingDayStart } from '@shared/beijing-day.ts'

export interface QueueFilter {
  sort: QueueSort
  state: 'untriaged' | 'watch'
  limit: number
  cursor?: string
  department?: string
  city?: string
  county?: string
  source_id?: number
  level?: Level
  q?: string
  since?: string
  until?: string
  story_id?: number
}


type Cursor = [rank: number, firstSeen: string, id: number]

function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url')
}

function decodeCursor(text: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown
    if (Array.isArray(c) && c.length === 3 && Number.isInteger(c[0]) && typeof c[1] === 'string' && Number.isInteger(c[2])) return c as Cursor
  } catch {
    // falls through to the refusal
  }
  throw new YqError(ErrorCode.BAD_CURSOR, 'cursor is not one this server handed out: start again without it')
}

/** `terms` are the search terms of f.q (searchTerms), built beforehand: they are segmented on the tagging thread. */
function conditions(d: SqlDialect, f: QueueFilter, terms: SearchTerm[] | null): RawBuilder<unknown>[] {
  const hasTag = (kind: string, tag: string) => storyHasReport((r) => itemHasTag(d, r.id, kind, tag))
  const where: RawBuilder<unknown>[] = [
    f.state === 'watch'
      ? sql`EXISTS (SELECT 1 FROM triage_decisions d WHERE d.story_id = s.id AND d.action = 'watch')`
      : sql`NOT EXISTS (SELECT 1 FROM triage_decisions d WHERE d.story_id = s.id)`,
  ]
  if (f.story_id !== undefined) where.push(sql`s.id = ${f.story_id}`)
  if (f.department) where.push(hasTag('department', f.department))
  if (f.city) where.push(hasTag('city', f.city))
  if (f.county) where.push(hasTag('county', f.county))
  if (f.level) where.push(hasTag('level', f.level))
  if (f.source_id !== undefined) where.push(storyHasReport((r) => sql`${r.source_id} = ${f.source_id}`))
  if (f.since) where.push(sql`s.first_seen_at >= ${f.since}`)
  if (f.until) where.push(sql`s.first_seen_at < ${f.until}`)
  if (terms !== null) where.push(storyHoldsItems(sql`SELECT f.rowid FROM triage_fts f WHERE ${d.searchMatch(terms)}`))
  return where
}

interface StoryPick {
  id: number
  rank: number
  first_seen_at: string
}

/** The ids of one page, in queue order (shared/triage/queue-order.ts); the rank (level) is computed per story from its reports' tags. */
async function pickStories(db: Kysely<Database>, f: QueueFilter): Promise<StoryPick[]> {
  const d = dialectOf(db)
  const rank = sql<number>`coalesce(${minOverReports((r) => itemLevelRank(d, r.id))}, ${NO_LEVEL_RANK})`
  const where = conditions(d, f, f.q ? await searchTerms(f.q) : null)
  const c = f.cursor === undefined ? null : decodeCursor(f.cursor)
  if (f.sort === 'newest') {
    if (c) where.push(sql`(s.first_seen_at < ${c[1]} OR (s.first_seen_at = ${c[1]} AND s.id < ${c[2]}))`)
    const r = await sql<StoryPick>`SELECT s.id, s.first_seen_at, ${rank} AS rank FROM ${STORIES} WHERE ${sql.join(where, sql` AND `)}
      ORDER BY s.first_seen_at DESC, s.id DESC LIMIT ${f.limit + 1}`.execute(db)
    return r.rows
  }
  const after = c ? sql`WHERE rank > ${c[0]} OR (rank = ${c[0]} AND (first_seen_at < ${c[1]} OR (first_seen_at = ${c[1]} AND id < ${c[2]})))` : sql``
  const r = await sql<StoryPick>`SELECT * FROM (SELECT s.id, s.first_seen_at, ${rank} AS rank FROM ${STORIES} WHERE ${sql.join(where, sql` AND `)}) AS picked ${after}
    ORDER BY rank, first_seen_at DESC, id DESC LIMIT ${f.limit + 1}`.execute(db)
  return r.rows
}


/** The rows for stories in the given order: earliest report's text and tags, sources, claim. */
export async function loadRows(db: Kysely<Database>, picks: readonly { id: number; rank: number }[], now: Date): Promise<QueueRow[]> {
  if (picks.length === 0) return []
  const ids = picks.map((p) => p.id)
  const [stories, items, claims, decisions] = await Promise.all([
    storiesByIds(db, ids),
    storyReports(db, ids),
    db.selectFrom('triage_claims').selectAll().where('story_id', 'in', ids).where('expires_at', '>', now.toISOString()).execute(),
    db.selectFrom('triage_decisions').select(['story_id', 'action']).where('story_id', 'in', ids).execute(),
  ])
  return picks.flatMap((p): QueueRow[] => {
    const story = stories.find((s) => s.id === p.id)
    const reports = items.filter((i) => i.story_id === p.id)
    const lead = reports[0]
    if (!story || !lead) return []
    const claim = claims.find((c) => c.story_id === p.id)
    return [
      {
        story_id: story.id,
        title: lead.title,
        summary: lead.summary,
        link: lead.link,
        report_count: story.report_count,
        source_count: story.source_count,
        sources: [...new Set(reports.map((r) => r.source))],
        first_seen_at: story.first_seen_at,
        last_seen_at: story.last_seen_at,
        level: LEVELS[p.rank - 1] ?? null,
        departments: decodeDepartments(lead.departments),
        region: decodeRegion(lead.region),
        unit: decodeUnit(lead.unit),
        severity: decodeSeverity(lead.severity),
        item_ids: reports.map((r) => r.id),
        claim: claim ? ({ story_id: claim.story_id, actor: claim.actor, expires_at: claim.expires_at } satisfies StoryClaim) : null,
        decision: (decisions.find((d) => d.story_id === p.id)?.action as TriageAction | undefined) ?? null,
      },
    ]
  })
}

export async function readQueue(db: Kysely<Database>, f: QueueFilter, now: Date): Promise<{ stories: QueueRow[]; next_cursor: string | null }> {
  const picks = await pickStories(db, f)
  const page = picks.slice(0, f.limit)
  const last = page[page.length - 1]
  const next_cursor = picks.length > f.limit && last ? encodeCursor([f.sort === 'severe' ? last.rank : 0, last.first_seen_at, last.id]) : null
  return { stories: await loadRows(db, page, now), next_cursor }
}

/** 北京时间 midnight of `now`'s day, as a UTC instant: "today" for the operators. */
export function beijingMidnight(now: Date): string {
  return new Date(beijingDayStart(now.getTime())).toISOString()
}

export async function readCounts(db: Kysely<Database>, now: Date): Promise<TriageCounts> {
  const r = await sql<TriageCounts>`SELECT
    (SELECT count(*) FROM ${STORIES} WHERE NOT EXISTS (SELECT 1 FROM triage_decisions d WHERE d.story_id = s.id)) AS untriaged,
    (SELECT count(*) FROM triage_claims c WHERE c.expires_at > ${now.toISOString()}
      AND NOT EXISTS (SELECT 1 FROM triage_decisions d WHERE d.story_id = c.story_id)) AS claimed,
    (SELECT count(*) FROM triage_decisions d WHERE d.decided_at >= ${beijingMidnight(now)} AND d.action != 'watch') AS triaged_today`.execute(db)
  const row = r.rows[0]!
  return { untriaged: Number(row.untriaged), claimed: Number(row.claimed), triaged_today: Number(row.triaged_today) }
}
