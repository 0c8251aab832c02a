import path from 'node:path'
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { caseMigrations } from '../../../server/cases/migrations.ts'
import { openDatabase } from '../../../server/db/plugin.ts'
import { ingestMigrations } from '../../../server/ingest/migrations.ts'
import { tempDataDir } from '../../helpers/test-app.ts'

const H = 3_600_000
const S = Date.parse('2026-11-02T00:00:00.000Z')
const at = (h: number) => new Date(S + h * H).toISOString()

describe('migration 0110_deadline_units', () => {
  it('fills each stored deadline\'s unit and meeting entry from the forwarding history, and moves forwarded cases to their receiving unit', async () => {
    const file = path.join(tempDataDir(), 'db.sqlite')
    expect(caseMigrations['0110_deadline_units']).toBeDefined()
    // The database as it stood before 0110: every migration with an earlier key, none after.
    const before = Object.fromEntries(Object.entries(caseMigrations).filter(([key]) => key < '0110'))
    // 1. A database as it stood before: a 济南市应急管理局 case forwarded to 历下区 at 2 h, 签收 at 2.5 h, answered at 20 h;
    //    a second case whose response was missed before it was forwarded at 50 h.
    const old = await openDatabase(file, { ...ingestMigrations, ...before })
    const now = at(100)
    for (const id of [1, 2]) {
      await old.insertInto('cases').values({ id, title: `事项${id}`, kind: 'opinion', level: 'III', policy_id: 'lu-2018-18', clock_start: at(0), unit_id: '370100-yjj', created_at: now, updated_at: now }).execute()
    }
    const ev = (case_id: number, type: string, h: number, payload: object) => ({ case_id, type, at: at(h), recorded_at: now, actor: 'admin', payload: JSON.stringify(payload) })
    await old.insertInto('case_events').values([ev(1, 'opened', 0, { unit_id: '370100-yjj' }), ev(1, 'forwarded', 2, { unit_id: '370102' }), ev(1, 'acknowledged', 2.5, {}), ev(1, 'response', 20, { url: 'https://a.gov.cn/1' })]).execute()
    await old.insertInto('case_events').values([ev(2, 'opened', 0, { unit_id: '370100-yjj' }), ev(2, 'forwarded', 50, { unit_id: '370102' }), ev(2, 'response', 55, { url: 'https://a.gov.cn/2' })]).execute()
    const dl = (case_id: number, kind: string, start: number, hours: number, met: number | null) => ({ case_id, kind, starts_at: at(start), due_soon_at: at(start + hours - 1), due_at: at(start + hours), met_at: met === null ? null : at(met) })
    await sql`INSERT INTO case_deadlines (case_id, kind, starts_at, due_soon_at, due_at, met_at) VALUES ${sql.join(
      [dl(1, 'response', 0, 48, 20), dl(1, 'acknowledgement', 2, 1, 2.5), dl(2, 'response', 0, 48, 55), dl(2, 'acknowledgement', 50, 1, null)].map((d) => sql`(${d.case_id}, ${d.kind}, ${d.starts_at}, ${d.due_soon_at}, ${d.due_at}, ${d.met_at})`),
    )}`.execute(old)
    await old.destroy()

    // 2. Opened with every migration.
    const db = await openDatabase(file, { ...ingestMigrations, ...caseMigrations })
    const rows = await db.selectFrom('case_deadlines').select(['case_id', 'kind', 'unit_id', 'met_event_id']).orderBy('case_id').orderBy('kind').execute()
    const events = await db.selectFrom('case_events').select(['id', 'case_id', 'type']).execute()
    const idOf = (caseId: number, type: string) => events.find((e) => e.case_id === caseId && e.type === type)!.id
    expect(rows).toEqual([
      { case_id: 1, kind: 'acknowledgement', unit_id: '370102', met_event_id: idOf(1, 'acknowledged') },
      { case_id: 1, kind: 'response', unit_id: '370102', met_event_id: idOf(1, 'response') },
      { case_id: 2, kind: 'acknowledgement', unit_id: '370102', met_event_id: null },
      { case_id: 2, kind: 'response', unit_id: '370100-yjj', met_event_id: idOf(2, 'response') },
    ])
    expect((await db.selectFrom('cases').select(['id', 'unit_id']).orderBy('id').execute()).map((c) => c.unit_id)).toEqual(['370102', '370102'])
    await db.destroy()
  })
})
