import { sql, type Kysely } from 'kysely'
import type { Migrations } from '../db/index.ts'
import { dialectOf } from '../db/index.ts'

/** Keys 0400–0499 belong to the triage concern (0010 was given to the search fix of issue #15). */
export const triageMigrations: Migrations = {
  '0010_triage_fts_latin_words': {
    // Latin words were indexed letter by letter: empty the index so catch-up rebuilds it with
    // whole words (500 items per 5 s sweep). On a new database the table does not exist yet.
    async up(db: Kysely<unknown>) {
      if (await dialectOf(db).tableExists(db, 'triage_fts')) await sql`DELETE FROM triage_fts`.execute(db)
    },
  },
  '0400_triage': {
    async up(db: Kysely<unknown>) {
      // One live claim per story: the primary key is what makes "who has it" unambiguous.
      await db.schema
        .createTable('triage_claims')
        .addColumn('story_id', 'integer', (c) => c.primaryKey())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('claimed_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute()
      await db.schema.createIndex('triage_claims_expires').on('triage_claims').column('expires_at').execute()
      // One decision per story: a second operator's insert fails, so there is never a double case.
      await db.schema
        .createTable('triage_decisions')
        .addColumn('story_id', 'integer', (c) => c.primaryKey())
        .addColumn('action', 'text', (c) => c.notNull().check(sql`action in ('opened', 'linked', 'dismissed', 'watch')`))
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('reason', 'text')
        .addColumn('case_id', 'integer')
        .addColumn('decided_at', 'text', (c) => c.notNull())
        .addColumn('undo_until', 'text')
        .execute()
      await db.schema.createIndex('triage_decisions_at').on('triage_decisions').columns(['decided_at']).execute()
      await db.schema.createIndex('stories_first_seen').on('stories').columns(['first_seen_at', 'id']).execute()
      // Segmented title and summary (jieba words joined by spaces), rowid = item id; filled by search-index.ts.
      await dialectOf(db).createSearchIndex(db)
    },
  },
}

export interface TriageClaimRow {
  story_id: number
  actor: string
  claimed_at: string
  expires_at: string
}

export interface TriageDecisionRow {
  story_id: number
  action: string
  actor: string
  reason: string | null
  case_id: number | null
  decided_at: string
  undo_until: string | null
}

export interface TriageFtsRow {
  rowid: number
  words: string
}

declare module '../db/schema.ts' {
  interface Database {
    triage_claims: TriageClaimRow
    triage_decisions: TriageDecisionRow
    triage_fts: TriageFtsRow
  }
}
