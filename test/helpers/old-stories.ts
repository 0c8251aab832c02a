import type { Kysely } from 'kysely'
import type { Database } from '../../server/db/index.ts'
import { minhash, shingles, storyText } from '../../server/ingest/dedupe.ts'

export const OLD_TITLES = ['济南市历下区一小学午餐分量不足引家长关注', '青岛市黄岛区道路维修进展通报会召开']

/**
 * A database of an earlier schema holding two stories from source `a` (source `b` exists, with
 * no report yet), each with one item; `addBands` writes a story's band rows as that schema kept
 * them. For the migration tests: a later report from `b` must still join the old story.
 */
export async function seedOldStories(old: Kysely<Database>, at: string, addBands: (storyId: number, signature: number[]) => Promise<void>): Promise<{ ids: number[]; signatures: number[][]; sourceA: number }> {
  const source = (name: string) => ({ name, url: `https://${name}.example.cn/rss`, kind: 'rss', interval_s: 60, next_poll_at: at, created_at: at })
  const [a] = await old.insertInto('sources').values([source('a'), source('b')]).returning('id').execute()
  const signatures = OLD_TITLES.map((t) => minhash(shingles(storyText(t, null))))
  const ids: number[] = []
  for (const [i, title] of OLD_TITLES.entries()) {
    const story = await old
      .insertInto('stories')
      .values({ title, signature: JSON.stringify(signatures[i]), report_count: 1, source_count: 1, first_seen_at: at, last_seen_at: at })
      .returning('id')
      .executeTakeFirstOrThrow()
    ids.push(story.id)
    await addBands(story.id, signatures[i]!)
    await old.insertInto('items').values({ source_id: a!.id, guid: `a-${i}`, title, link: `https://a.example.cn/${i}`, link_norm: `a.example.cn/${i}`, first_seen_at: at, content_hash: `old-${i}`, story_id: story.id }).execute()
  }
  return { ids, signatures, sourceA: a!.id }
}
