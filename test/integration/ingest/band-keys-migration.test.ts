import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../server/db/plugin.ts'
import { bandKeys } from '../../../server/ingest/dedupe.ts'
import { storeNewItems } from '../../../server/ingest/item-store.ts'
import { ingestMigrations } from '../../../server/ingest/migrations.ts'
import { allMigrations } from '../../../server/migrations.ts'
import { OLD_TITLES, seedOldStories } from '../../helpers/old-stories.ts'
import { tempDataDir, testStore } from '../../helpers/test-app.ts'

const at = '2026-11-02T08:00:00.000Z'

/** The text band keys stored before 0008: `band:row.row.row`. */
const textBandKeys = (signature: number[]) => Array.from({ length: 21 }, (_, b) => `${b}:${signature.slice(b * 3, b * 3 + 3).join('.')}`)

describe('migration 0008_story_band_integers', () => {
  it('re-keys the stories stored with text band keys, so a later report from another source still joins them', async () => {
    const dataDir = tempDataDir()
    const store = await testStore(dataDir)
    expect(ingestMigrations['0008_story_band_integers']).toBeDefined()

    // 1. A database as it stood before 0008 (ingest's earlier migrations only), holding two stories and their text keys.
    const before = Object.fromEntries(Object.entries(ingestMigrations).filter(([key]) => key < '0008'))
    const old = await openDatabase(store, before)
    const { ids, signatures } = await seedOldStories(old, at, async (storyId, signature) => {
      await (old as unknown as import('kysely').Kysely<{ story_bands: { band: string; story_id: number } }>)
        .insertInto('story_bands')
        .values(textBandKeys(signature).map((band) => ({ band, story_id: storyId })))
        .execute()
    })
    await old.destroy()

    // 2. Opened with every migration: each story's keys are the integers bandKeys gives.
    const db = await openDatabase(store, allMigrations)
    try {
      const rows = await db.selectFrom('story_bands').select(['band', 'story_id']).orderBy('story_id').orderBy('band').execute()
      const expected = ids.flatMap((id, i) => bandKeys(signatures[i]!).map((band) => ({ band, story_id: id })))
      expected.sort((x, y) => x.story_id - y.story_id || x.band - y.band)
      expect(rows).toEqual(expected)

      // 3. The same report from another outlet (its own link and words, so only the bands can find the story) joins it.
      const b = (await db.selectFrom('sources').select('id').where('name', '=', 'b').executeTakeFirstOrThrow()).id
      const later = new Date('2026-11-02T09:00:00.000Z')
      const stored = await storeNewItems(db, b, [{ guid: 'b-1', title: OLD_TITLES[0]!, link: 'https://b.example.cn/x', summary: '记者了解到相关情况', published: null }], [], later)
      expect(stored.items.map((i) => i.story_id)).toEqual([ids[0]])
      expect(stored.stories.map((s) => s.story)).toEqual([expect.objectContaining({ id: ids[0], report_count: 2, source_count: 2 })])
    } finally {
      await db.destroy()
    }
  })
})
