import { sql, type Kysely } from 'kysely'
import type { Migrations } from '../db/index.ts'
import { dialectOf } from '../db/index.ts'
import { bandKeys } from './dedupe.ts'

/** Stories re-keyed per read in 0008: 500 × 21 band rows, inserted 500 rows at a time. */
const REKEY_STORIES = 500
const REKEY_ROWS = 500

/**
 * A migration's table rebuild, whole or not at all: PostgreSQL's migrations already run in a
 * transaction, SQLite's do not (Kysely: no transactional DDL there), so the rebuild takes one.
 */
async function inItsOwnTransaction(db: Kysely<unknown>, rebuild: (db: Kysely<unknown>) => Promise<void>): Promise<void> {
  if (db.isTransaction) await rebuild(db)
  else await db.transaction().execute(rebuild)
}

export const ingestMigrations: Migrations = {
  '0002_sources_items': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('sources')
        .addColumn('id', 'integer', (c) => dialectOf(db).serialKey(c))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('url', 'text', (c) => c.notNull().unique())
        .addColumn('kind', 'text', (c) => c.notNull().defaultTo('auto'))
        .addColumn('interval_s', 'integer', (c) => c.notNull())
        .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('builtin', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('health', 'text', (c) => c.notNull().defaultTo('ok'))
        .addColumn('last_error', 'text')
        .addColumn('last_success_at', 'text')
        .addColumn('last_polled_at', 'text')
        .addColumn('next_poll_at', 'text', (c) => c.notNull())
        .addColumn('fail_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('etag', 'text')
        .addColumn('last_modified', 'text')
        .addColumn('charset', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute()

      await db.schema
        .createTable('items')
        .addColumn('id', 'integer', (c) => dialectOf(db).serialKey(c))
        .addColumn('source_id', 'integer', (c) => c.notNull().references('sources.id'))
        .addColumn('guid', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('link', 'text')
        .addColumn('summary', 'text')
        .addColumn('published_at', 'text')
        .addColumn('first_seen_at', 'text', (c) => c.notNull())
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addColumn('departments', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('region', 'text')
        .addColumn('unit', 'text')
        .addColumn('severity', 'text')
        .addColumn('story_id', 'integer')
        .addColumn('case_id', 'integer')
        .addUniqueConstraint('items_source_guid', ['source_id', 'guid'])
        .execute()
      await db.schema.createIndex('items_first_seen').on('items').columns(['first_seen_at', 'id']).execute()

    },
  },
  '0003_push_sources': {
    async up(db: Kysely<unknown>) {
      // Only a hash of the push token is kept: a leaked database must not let anyone post as a source.
      await db.schema.alterTable('sources').addColumn('push_token_hash', 'text').execute()
    },
  },
  '0004_stories_dedupe': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('stories')
        .addColumn('id', 'integer', (c) => dialectOf(db).serialKey(c))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('signature', 'text', (c) => c.notNull())
        .addColumn('report_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('source_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('first_seen_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .execute()
      await db.schema.createIndex('stories_last_seen').on('stories').columns(['last_seen_at']).execute()
      await db.schema.alterTable('items').addColumn('link_norm', 'text').execute()
      await db.schema.createIndex('items_link_norm').on('items').columns(['link_norm']).execute()
      await db.schema.createIndex('items_content_hash').on('items').columns(['content_hash']).execute()
      await db.schema.createIndex('items_story').on('items').columns(['story_id', 'id']).execute()
    },
  },
  '0005_story_bands': {
    async up(db: Kysely<unknown>) {
      // LSH bands of each story's MinHash: a new report looks up only stories sharing a band.
      await db.schema
        .createTable('story_bands')
        .addColumn('band', 'text', (c) => c.notNull())
        .addColumn('story_id', 'integer', (c) => c.notNull().references('stories.id'))
        .execute()
      await db.schema.createIndex('story_bands_band').on('story_bands').columns(['band', 'story_id']).execute()
      await db.schema.createIndex('items_story_source').on('items').columns(['story_id', 'source_id']).execute()
    },
  },
  '0007_source_place': {
    async up(db: Kysely<unknown>) {
      // The outlet's 属地 (a GB/T 2260 code, or 'none'); null reads it from the source's name.
      await db.schema.alterTable('sources').addColumn('place', 'text').execute()
    },
  },
  '0006_source_archive_error_code': {
    async up(db: Kysely<unknown>) {
      // Items reference their source, so a deleted source is archived, not removed: its items stay.
      await db.schema.alterTable('sources').addColumn('archived_at', 'text').execute()
      // The failure's stable code beside its message, so pages can say it in the reader's words.
      await db.schema.alterTable('sources').addColumn('last_error_code', 'text').execute()
    },
  },
  '0008_story_band_integers': {
    async up(outer: Kysely<unknown>) {
      // Integer band keys (dedupe.ts bandKeys): the text keys' index made band look-ups and
      // inserts a third of the store's SQL time. Every story's keys are made again from its
      // signature, the one they were made from, so old stories still match new reports.
      // SQLite's migrations run outside a transaction (0009 says why): the rebuild takes one, so a
      // crash leaves the old table whole; run again, it makes the same keys anew.
      const rekey = async (db: Kysely<unknown>) => {
        const trx = db as Kysely<{ stories: { id: number; signature: string }; story_band_keys: { band: number; story_id: number } }>
        await db.schema
          .createTable('story_band_keys')
          .addColumn('band', 'bigint', (c) => c.notNull())
          .addColumn('story_id', 'integer', (c) => c.notNull().references('stories.id'))
          .execute()
        for (let after = 0; ; ) {
          const stories = await trx.selectFrom('stories').select(['id', 'signature']).where('id', '>', after).orderBy('id').limit(REKEY_STORIES).execute()
          if (stories.length === 0) break
          after = stories[stories.length - 1]!.id
          const rows = stories.flatMap((s) => {
            const signature = JSON.parse(s.signature) as number[]
            return Array.isArray(signature) ? bandKeys(signature).map((band) => ({ band, story_id: s.id })) : []
          })
          for (let i = 0; i < rows.length; i += REKEY_ROWS) await trx.insertInto('story_band_keys').values(rows.slice(i, i + REKEY_ROWS)).execute()
        }
        await db.schema.dropTable('story_bands').execute()
        await db.schema.alterTable('story_band_keys').renameTo('story_bands').execute()
        await db.schema.createIndex('story_bands_band').on('story_bands').columns(['band', 'story_id']).execute()
      }
      await inItsOwnTransaction(outer, rekey)
    },
  },
  '0009_story_bands_keyed': {
    async up(db: Kysely<unknown>) {
      // story_bands is nothing but (band, story_id), yet SQLite kept each row twice, in the rowid
      // table and in story_bands_band: its inserts and look-ups were a third of the poll's SQL time.
      // Keyed by the pair and stored as its key (WITHOUT ROWID), one b-tree holds the rows and
      // answers `band IN (…)` as the index did. PostgreSQL keeps a heap beside the key's index, the
      // same two structures as before; the key replaces story_bands_band there, so both engines
      // refuse a duplicate pair alike. The old rows are copied as they are (DISTINCT: a pair stored
      // twice is one row now), so old stories still match new reports.
      const rebuild = async (trx: Kysely<unknown>) => {
        await dialectOf(trx)
          .storedAsKey(
            trx.schema
              .createTable('story_bands_keyed')
              .addColumn('band', 'bigint', (c) => c.notNull())
              .addColumn('story_id', 'integer', (c) => c.notNull().references('stories.id'))
              .addPrimaryKeyConstraint('story_bands_pk', ['band', 'story_id']),
          )
          .execute()
        await sql`INSERT INTO story_bands_keyed (band, story_id) SELECT DISTINCT band, story_id FROM story_bands`.execute(trx)
        // Drops story_bands_band with it.
        await trx.schema.dropTable('story_bands').execute()
        await trx.schema.alterTable('story_bands_keyed').renameTo('story_bands').execute()
      }
      // PostgreSQL's migrations run in a transaction; SQLite's (Kysely: no transactional DDL) do
      // not, so the copy takes one itself: a crash leaves the old table whole, or the new one.
      // Recorded as applied only after that commit, it may run again: story_bands_band gone
      // means the table is keyed already.
      if (!(await dialectOf(db).indexExists(db, 'story_bands_band'))) return
      await inItsOwnTransaction(db, rebuild)
    },
  },
  '0010_items_source_recent': {
    async up(db: Kysely<unknown>) {
      // A source's items of the last 24 h (its count on the sources page, after each poll): with
      // only (source_id, guid) and (first_seen_at, id) to choose from, SQLite counted every item
      // the source had ever stored, a cost that grew with each month of history.
      await db.schema.createIndex('items_source_recent').on('items').columns(['source_id', 'first_seen_at']).execute()
    },
  },
}
