import type { Kysely } from 'kysely'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../server/db/plugin.ts'
import { bandKeys } from '../../../server/ingest/dedupe.ts'
import { storeNewItems } from '../../../server/ingest/item-store.ts'
import { ingestMigrations } from '../../../server/ingest/migrations.ts'
import { allMigrations } from '../../../server/migrations.ts'
import { OLD_TITLES, seedOldStories } from '../../helpers/old-stories.ts'
import { tempDataDir, testStore } from '../../helpers/test-app.ts'

const at = '2026-11-02T08:00:00.000Z'
const MIGRATION = '0009_story_bands_keyed'

type BandTable = Kysely<{ story_bands: { band: number; story_id: number } }>

/** PostgreSQL returns bigint as text: compare the keys as numbers on both engines. */
const bandRows = async (db: Kysely<unknown>) =>
  (await (db as BandTable).selectFrom('story_bands').select(['band', 'story_id']).orderBy('story_id').orderBy('band').execute()).map((r) => ({ band: Number(r.band), story_id: r.story_id }))

describe(`migration ${MIGRATION}`, () => {
  it('keeps the band rows of the old layout, so a later report from another source still joins the old story', async () => {
    const dataDir = tempDataDir()
    const store = await testStore(dataDir)
    expect(ingestMigrations[MIGRATION]).toBeDefined()

    // 1. A database as it stood before 0009 (ingest's earlier migrations only): two stories and their band rows in the old table, one pair stored twice.
    const before = Object.fromEntries(Object.entries(ingestMigrations).filter(([key]) => key < '0009'))
    const old = await openDatabase(store, before)
    const { ids, signatures, sourceA } = await seedOldStories(old, at, async (storyId, signature) => {
      await old
        .insertInto('story_bands')
        .values(bandKeys(signature).map((band) => ({ band, story_id: storyId })))
        .execute()
    })
    await old.insertInto('story_bands').values({ band: bandKeys(signatures[0]!)[0]!, story_id: ids[0]! }).execute()
    await old.destroy()

    // 2. Opened with every migration: each story's pairs, once each.
    const expected = ids.flatMap((id, i) => bandKeys(signatures[i]!).map((band) => ({ band, story_id: id })))
    expected.sort((x, y) => x.story_id - y.story_id || x.band - y.band)
    const first = await openDatabase(store, allMigrations)
    try {
      expect(await bandRows(first as unknown as Kysely<unknown>)).toEqual(expected)
      // The pair is the table's key now: storing one twice is refused.
      await expect((first as unknown as BandTable).insertInto('story_bands').values({ band: expected[0]!.band, story_id: expected[0]!.story_id }).execute()).rejects.toThrow()
      // As if the process died after the copy committed but before the migration was recorded (SQLite's migrations are not one transaction).
      await (first as unknown as Kysely<{ kysely_migration: { name: string } }>).deleteFrom('kysely_migration').where('name', '=', MIGRATION).execute()
    } finally {
      await first.destroy()
    }

    // Opened again, the migration runs again and leaves the same rows.
    const db = await openDatabase(store, allMigrations)
    try {
      expect(await bandRows(db as unknown as Kysely<unknown>)).toEqual(expected)

      // 3. The same report from another outlet (its own link and words, so only the bands can find the story) joins it.
      const b = (await db.selectFrom('sources').select('id').where('name', '=', 'b').executeTakeFirstOrThrow()).id
      const later = new Date('2026-11-02T09:00:00.000Z')
      const stored = await storeNewItems(db, b, [{ guid: 'b-1', title: OLD_TITLES[0]!, link: 'https://b.example.cn/x', summary: '记者了解到相关情况', published: null }], [], later)
      expect(stored.items.map((i) => i.story_id)).toEqual([ids[0]])
      expect(stored.stories.map((s) => s.story)).toEqual([expect.objectContaining({ id: ids[0], report_count: 2, source_count: 2 })])

      // 4. A story opened after the migration is found by its bands too.
      const fresh = '南京市鼓楼区老旧小区加装电梯工作推进会举行'
      const first = await storeNewItems(db, b, [{ guid: 'b-2', title: fresh, link: 'https://b.example.cn/y', summary: null, published: null }], [], later)
      const freshId = first.items[0]!.story_id
      expect(freshId).not.toBe(ids[0])
      expect(freshId).not.toBe(ids[1])
      const second = await storeNewItems(db, sourceA, [{ guid: 'a-9', title: fresh, link: 'https://a.example.cn/z', summary: '据了解', published: null }], [], later)
      expect(second.items.map((i) => i.story_id)).toEqual([freshId])
      expect(second.stories.map((s) => s.story)).toEqual([expect.objectContaining({ id: freshId, report_count: 2, source_count: 2 })])
    } finally {
      await db.destroy()
    }
  })
})
