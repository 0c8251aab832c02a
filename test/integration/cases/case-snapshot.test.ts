import Sqlite from 'better-sqlite3'
import pg from 'pg'
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely'
import { describe, expect, it } from 'vitest'
import type { Case } from '@shared/types/case.ts'
import { loadCase } from '../../../server/cases/case-read.ts'
import { onPostgres } from '../../helpers/pg-database.ts'
import { fileEvent, openCase } from '../../helpers/review-fixtures.ts'
import { startTestApp } from '../../helpers/test-app.ts'

const HOUR_MS = 3_600_000

/**
 * Runs `between` once, right after the first statement that reads the `cases` table: a write
 * another request commits while a case page is being read.
 */
class AfterCaseRow implements KyselyPlugin {
  private fired = false
  private readonly readsCases = new WeakSet<object>()
  constructor(private readonly between: () => Promise<void>) {}

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    const from = (args.node as { from?: { froms?: { table?: { identifier?: { name?: string } } }[] } }).from
    if (args.node.kind === 'SelectQueryNode' && from?.froms?.some((f) => f.table?.identifier?.name === 'cases')) this.readsCases.add(args.queryId)
    return args.node
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    if (!this.fired && this.readsCases.has(args.queryId)) {
      this.fired = true
      await this.between()
    }
    return args.result
  }
}

const responseOf = (c: Case) => c.deadlines.find((d) => d.kind === 'response')!

describe('a case page is read from one snapshot', () => {
  it('a 回应 committed while the case is being read shows in both its deadline and its timeline, or in neither', async () => {
    const t = await startTestApp()
    const id = await openCase(t.baseUrl, { title: '历下区一小区停水三天', unit_id: '370102', clock_start: new Date(Date.now() - 2 * HOUR_MS).toISOString() })
    const before = (await loadCase(t.app.db, id, new Date()))!
    expect(responseOf(before).met_at).toBeNull()

    let filed: Promise<Case> | null = null
    const respond = () => fileEvent(t.baseUrl, id, 'response', new Date(Date.now() - HOUR_MS).toISOString())
    // PostgreSQL: the 回应 runs on another pooled connection and commits between the case's row
    // and the rest of the read (before the fix the timeline, read later, showed it while the
    // deadline did not). SQLite has one connection, which the read holds: the 回应 waits its turn.
    const between = onPostgres
      ? async () => void (await respond())
      : async () => {
          filed = respond()
        }
    const read = (await loadCase(t.app.db.withPlugin(new AfterCaseRow(between)), id, new Date()))!
    await filed

    const responded = read.timeline.some((e) => e.type === 'response')
    expect(responseOf(read).met_at !== null).toBe(responded)
    expect(responded).toBe(false)
    // Read again, the case has it everywhere.
    const after = (await loadCase(t.app.db, id, new Date()))!
    expect(after.timeline.some((e) => e.type === 'response')).toBe(true)
    expect(responseOf(after).met_at).not.toBeNull()
  })

  it('opens while another process holds the store\'s writer lock, showing what was committed', async () => {
    const t = await startTestApp()
    const id = await openCase(t.baseUrl, { title: '青岛市黄岛区一路段积水', unit_id: '370211', clock_start: new Date(Date.now() - HOUR_MS).toISOString() })
    // Another process (a second server over the same store) is in the middle of a write.
    let release: () => Promise<void>
    if (onPostgres) {
      const other = new pg.Client({ connectionString: t.config.databaseUrl! })
      await other.connect()
      await other.query('BEGIN')
      await other.query("UPDATE cases SET title = '改了没提交' WHERE id = $1", [id])
      release = async () => {
        await other.query('ROLLBACK')
        await other.end()
      }
    } else {
      const other = new Sqlite(t.config.dbFile)
      other.exec('BEGIN IMMEDIATE')
      other.prepare("UPDATE cases SET title = '改了没提交' WHERE id = ?").run(id)
      release = async () => {
        other.exec('ROLLBACK')
        other.close()
      }
    }
    try {
      // Before snapshot reads began deferred, SQLite's case read waited out busy_timeout and failed (SQLITE_BUSY).
      const read = await loadCase(t.app.db, id, new Date())
      expect(read?.title).toBe('青岛市黄岛区一路段积水')
    } finally {
      await release()
    }
  })
})
