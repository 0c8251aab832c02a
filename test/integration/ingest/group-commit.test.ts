import type { Kysely, Transaction } from 'kysely'
import { describe, expect, it, onTestFinished } from 'vitest'
import { openDatabase } from '../../../server/db/plugin.ts'
import type { Database } from '../../../server/db/index.ts'
import { GroupCommit } from '../../../server/ingest/group-commit.ts'
import { queueNewItems } from '../../../server/ingest/item-store.ts'
import { insertSource } from '../../../server/ingest/source-store.ts'
import { allMigrations } from '../../../server/migrations.ts'
import type { ParsedItem } from '../../../server/ingest/feed-formats.ts'
import { tempDataDir, testStore } from '../../helpers/test-app.ts'

const now = new Date('2026-11-02T08:00:00.000Z')

async function openStore(): Promise<Kysely<Database>> {
  const dataDir = tempDataDir()
  const db = await openDatabase(await testStore(dataDir), allMigrations)
  onTestFinished(() => db.destroy())
  return db
}

const article = (guid: string, title: string): ParsedItem => ({ guid, title, link: `https://news.example.cn/${guid}`, summary: `${title}，记者了解到相关情况。`, published: now.toISOString() })

/** A job that adds a source named `name`; it records the transaction it ran in, and throws after writing when asked. */
function addSourceJob(name: string, seen: Transaction<Database>[], fail = false) {
  return async (trx: Transaction<Database>) => {
    seen.push(trx)
    await trx.insertInto('sources').values({ name, url: `https://${name}.example.cn/rss`, kind: 'rss', interval_s: 60, next_poll_at: now.toISOString(), created_at: now.toISOString() }).execute()
    if (fail) throw new Error(`${name} refused`)
    return name
  }
}

const sourceNames = async (db: Kysely<Database>) => (await db.selectFrom('sources').select('name').orderBy('name').execute()).map((r) => r.name)

describe('group commit of store jobs', () => {
  it('stores two sources\' batches submitted together in one transaction, each with its own items and stories', async () => {
    const db = await openStore()
    const a = await insertSource(db, { name: '大众网', url: 'https://a.example.cn/rss', kind: 'rss', interval_s: 60 }, now)
    const b = await insertSource(db, { name: '齐鲁网', url: 'https://b.example.cn/rss', kind: 'rss', interval_s: 60 }, now)
    const [first, second] = await Promise.all([
      queueNewItems(db, a, [article('a-1', '济南市历下区一小学午餐分量不足引家长关注'), article('a-2', '青岛市黄岛区道路维修进展通报')], [], now),
      queueNewItems(db, b, [article('b-1', '济南市历下区一小学午餐分量不足引家长关注')], [], now),
    ])
    expect(first.items.map((i) => i.guid)).toEqual(['a-2', 'a-1'])
    expect(second.items.map((i) => i.guid)).toEqual(['b-1'])
    // The second batch saw the first's story inside the shared transaction: one story, two sources.
    const lunch = first.items.find((i) => i.guid === 'a-1')!.story_id
    expect(second.items[0]!.story_id).toBe(lunch)
    expect(second.stories.map((s) => s.story)).toEqual([expect.objectContaining({ id: lunch, report_count: 2, source_count: 2 })])
    const stored = await db.selectFrom('items').select(['guid', 'story_id']).orderBy('guid').execute()
    expect(stored.map((r) => r.guid)).toEqual(['a-1', 'a-2', 'b-1'])
  })

  it('runs jobs that queue together in one transaction and hands each caller its own result', async () => {
    const db = await openStore()
    const seen: Transaction<Database>[] = []
    const committer = new GroupCommit(db)
    const results = await Promise.all([committer.submit(1, addSourceJob('甲', seen)), committer.submit(1, addSourceJob('乙', seen))])
    expect(results).toEqual(['甲', '乙'])
    expect(seen).toHaveLength(2)
    expect(seen[0]).toBe(seen[1])
    expect(await sourceNames(db)).toEqual(['乙', '甲'].sort())
  })

  it('keeps the other jobs\' rows when one job of a shared transaction fails, and gives that job its own error', async () => {
    const db = await openStore()
    const seen: Transaction<Database>[] = []
    const committer = new GroupCommit(db)
    const outcomes = await Promise.allSettled([
      committer.submit(1, addSourceJob('甲', seen)),
      committer.submit(1, addSourceJob('乙', seen, true)),
      committer.submit(1, addSourceJob('丙', seen)),
    ])
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    expect((outcomes[1] as PromiseRejectedResult).reason).toMatchObject({ message: '乙 refused' })
    expect(outcomes.filter((o) => o.status === 'fulfilled').map((o) => o.value)).toEqual(['甲', '丙'])
    // First tried together, then each alone after the rollback; the failed job's row is not kept.
    expect(seen[0]).toBe(seen[1])
    expect(seen.length).toBe(5)
    expect(await sourceNames(db)).toEqual(['丙', '甲'].sort())
  })

  it('starts a new transaction once a group is larger than its item limit', async () => {
    const db = await openStore()
    const seen: Transaction<Database>[] = []
    const committer = new GroupCommit(db, 2)
    await Promise.all([committer.submit(1, addSourceJob('甲', seen)), committer.submit(1, addSourceJob('乙', seen)), committer.submit(1, addSourceJob('丙', seen))])
    expect(seen[0]).toBe(seen[1])
    expect(seen[2]).not.toBe(seen[0])
    expect(await sourceNames(db)).toEqual(['丙', '乙', '甲'].sort())
  })

  it('waits for a batch announced while it is tagged, so the two share one commit', async () => {
    const db = await openStore()
    const seen: Transaction<Database>[] = []
    const committer = new GroupCommit(db, 100, 60_000)
    const arrived = committer.expect()
    const first = committer.submit(1, addSourceJob('甲', seen))
    // The announced batch comes a while later, as a poll's tagging ends.
    await new Promise((resolve) => setTimeout(resolve, 30))
    arrived()
    const second = committer.submit(1, addSourceJob('乙', seen))
    expect(await Promise.all([first, second])).toEqual(['甲', '乙'])
    expect(seen).toHaveLength(2)
    expect(seen[0]).toBe(seen[1])
  })

  it('commits without waiting out its bound once an announced batch is withdrawn (its tagging failed)', async () => {
    const db = await openStore()
    const seen: Transaction<Database>[] = []
    // A bound far beyond the test's timeout: only the withdrawal can let the group go.
    const committer = new GroupCommit(db, 100, 600_000)
    const arrived = committer.expect()
    const first = committer.submit(1, addSourceJob('甲', seen))
    setTimeout(arrived, 10)
    expect(await first).toBe('甲')
    expect(await sourceNames(db)).toEqual(['甲'])
  })

  it('does not hold a group longer than its bound for an announced batch that is slow to come', async () => {
    const db = await openStore()
    const seen: Transaction<Database>[] = []
    const committer = new GroupCommit(db, 100, 20)
    const arrived = committer.expect()
    expect(await committer.submit(1, addSourceJob('甲', seen))).toBe('甲')
    // The late batch gets a transaction of its own.
    arrived()
    expect(await committer.submit(1, addSourceJob('乙', seen))).toBe('乙')
    expect(seen[1]).not.toBe(seen[0])
  })

  it('stops waiting once the group is full', async () => {
    const db = await openStore()
    const seen: Transaction<Database>[] = []
    const committer = new GroupCommit(db, 2, 600_000)
    committer.expect()
    const jobs = [committer.submit(1, addSourceJob('甲', seen)), committer.submit(1, addSourceJob('乙', seen))]
    expect(await Promise.all(jobs)).toEqual(['甲', '乙'])
    expect(seen[0]).toBe(seen[1])
  })
})
