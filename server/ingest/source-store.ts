import { sql, type Kysely, type Selectable } from 'kysely'
import type { Source, SourceHealth, SourceKind, SourcePlace, TagSource } from '@shared/types/source.ts'
import { NO_OUTLET_PLACE } from '@shared/tagging/outlet-place.ts'
import type { Database } from '../db/index.ts'
import type { SourceRow } from './schema.ts'

export type StoredSource = Selectable<SourceRow>

/**
 * A source's place in force, from the classify concern's gazetteer (app.describeSourcePlace);
 * ingestion without tagging has none.
 */
export type DescribePlace = (source: TagSource) => SourcePlace | null

let describePlace: DescribePlace = () => null

/** Set once by the classify concern: every source answer then carries its place in force. */
export function setPlaceDescriber(describe: DescribePlace): void {
  describePlace = describe
}

/** A place an admin may set on a source: a home city or county code (checked by the gazetteer), or `none`. */
export function isSettablePlace(place: string): boolean {
  return place === NO_OUTLET_PLACE || (/^\d{6}$/.test(place) && describePlace({ name: '', place }) !== null)
}

export function toSource(row: StoredSource, items24h: number): Source {
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    kind: row.kind as SourceKind,
    interval_s: row.interval_s,
    enabled: row.enabled === 1,
    builtin: row.builtin === 1,
    health: row.health as SourceHealth,
    last_error: row.last_error,
    last_success_at: row.last_success_at,
    items_24h: items24h,
    charset: row.charset,
    last_error_code: row.last_error_code,
    archived: row.archived_at !== null,
    place: row.place,
    place_in_force: describePlace({ name: row.name, place: row.place }),
  }
}

export async function countItems24h(db: Kysely<Database>, now: Date, sourceId?: number): Promise<Map<number, number>> {
  const since = new Date(now.getTime() - 24 * 3600_000).toISOString()
  let query = db
    .selectFrom('items')
    .select(['source_id', sql<number>`count(*)`.as('n')])
    .where('first_seen_at', '>=', since)
    .groupBy('source_id')
  if (sourceId !== undefined) query = query.where('source_id', '=', sourceId)
  const rows = await query.execute()
  return new Map(rows.map((r) => [r.source_id, Number(r.n)]))
}

export async function listSources(db: Kysely<Database>, now: Date): Promise<Source[]> {
  const rows = await db.selectFrom('sources').selectAll().where('archived_at', 'is', null).orderBy('id').execute()
  const counts = await countItems24h(db, now)
  return rows.map((r) => toSource(r, counts.get(r.id) ?? 0))
}

export async function getSource(db: Kysely<Database>, id: number, now: Date): Promise<Source | undefined> {
  const row = await db.selectFrom('sources').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) return undefined
  const counts = await countItems24h(db, now, id)
  return toSource(row, counts.get(id) ?? 0)
}

export interface NewSource {
  name: string
  url: string
  kind: SourceKind
  interval_s: number
  builtin?: boolean
  /** The outlet's 属地 (a code or `none`); absent reads it from the name. */
  place?: string | null
}

export async function insertSource(db: Kysely<Database>, source: NewSource, now: Date): Promise<number> {
  const at = now.toISOString()
  const row = await db
    .insertInto('sources')
    .values({
      name: source.name,
      url: source.url,
      kind: source.kind,
      interval_s: source.interval_s,
      builtin: source.builtin ? 1 : 0,
      place: source.place ?? null,
      next_poll_at: at,
      created_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

/** Brings an archived source back under its old id, so the items it kept are its items again. */
export async function reviveSource(db: Kysely<Database>, id: number, source: Omit<NewSource, 'url'>, now: Date): Promise<number> {
  await db
    .updateTable('sources')
    .set({ name: source.name, kind: source.kind, interval_s: source.interval_s, place: source.place ?? null, archived_at: null, enabled: 1, health: 'ok', last_error: null, last_error_code: null, fail_count: 0, etag: null, last_modified: null, next_poll_at: now.toISOString() })
    .where('id', '=', id)
    .execute()
  return id
}
