import { sql, type KyselyPlugin, type PluginTransformQueryArgs, type RootOperationNode, type QueryId } from 'kysely'
import { describe, expect, it, onTestFinished } from 'vitest'
import { openDatabase } from '../../../server/db/plugin.ts'
import { countItems24h, insertSource } from '../../../server/ingest/source-store.ts'
import { allMigrations } from '../../../server/migrations.ts'
import { onPostgres } from '../../helpers/pg-database.ts'
import { tempDataDir, testStore } from '../../helpers/test-app.ts'

/** Keeps the last query a Kysely instance built, to ask the engine how it runs it. */
class LastQuery implements KyselyPlugin {
  node: RootOperationNode | null = null
  queryId: QueryId | null = null
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.node = args.node
    this.queryId = args.queryId
    return args.node
  }
  async transformResult<T>(args: { result: T }): Promise<T> {
    return args.result
  }
}

const now = new Date('2026-12-02T08:00:00.000Z')
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600_000).toISOString()

describe("a source's count of items of the last 24 h", () => {
  it('is read from its recent items only, not from every item it ever stored', async () => {
    const db = await openDatabase(await testStore(tempDataDir()), allMigrations)
    onTestFinished(() => db.destroy())
    const source = await insertSource(db, { name: '大众网', url: 'https://a.example.cn/rss', kind: 'rss', interval_s: 60 }, now)
    // A month of history, three items today.
    const rows = Array.from({ length: 300 }, (_, i) => {
      const at = i < 3 ? hoursAgo(i + 1) : hoursAgo(24 * (1 + (i % 30)) + i)
      return { source_id: source, guid: `g${i}`, title: `标题${i}`, link: null, link_norm: null, summary: null, published_at: at, first_seen_at: at, content_hash: `h${i}`, departments: '[]', region: null, unit: null, severity: null }
    })
    await db.insertInto('items').values(rows).execute()

    const last = new LastQuery()
    expect((await countItems24h(db.withPlugin(last), now, source)).get(source)).toBe(3)
    const compiled = db.getExecutor().compileQuery(last.node!, last.queryId!)
    if (onPostgres) {
      // The planner would scan a 300-row table whole; asked to use an index, it bounds the time
      // (items_first_seen or items_source_recent: either reads the last 24 h only).
      await db.connection().execute(async (c) => {
        await sql`ANALYZE items`.execute(c)
        await sql`SET enable_seqscan = off`.execute(c)
        const plan = await sql.raw<{ 'QUERY PLAN': string }>(`EXPLAIN ${compiled.sql.replace(/\$(\d+)/g, (_, n: string) => `'${String(compiled.parameters[Number(n) - 1])}'`)}`).execute(c)
        expect(plan.rows.map((r) => r['QUERY PLAN']).join('\n')).toMatch(/Index Cond: [^\n]*first_seen_at >=/)
      })
    } else {
      const plan = await sql.raw<{ detail: string }>(`EXPLAIN QUERY PLAN ${compiled.sql.replace(/\?/g, () => 'NULL')}`).execute(db)
      expect(plan.rows.map((r) => r.detail).join('\n')).toMatch(/items_source_recent \(source_id=\? AND first_seen_at>\?\)/)
    }
  })
})
