import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { syncUnits } from '../../../server/cases/unit-sync.ts'
import { openDatabase } from '../../../server/db/plugin.ts'
import { allMigrations } from '../../../server/migrations.ts'
import { api } from '../../helpers/case-fixtures.ts'
import { startTestApp, tempDataDir, testStore } from '../../helpers/test-app.ts'

interface UnitRow {
  id: string
  name: string
  parent_id: string | null
}

const duplicatesOf = (units: readonly UnitRow[]) => {
  const seen = new Map<string, string[]>()
  for (const u of units) seen.set(`${u.parent_id}|${u.name}`, [...(seen.get(`${u.parent_id}|${u.name}`) ?? []), u.id])
  return [...seen].filter(([, ids]) => ids.length > 1)
}

describe('the unit directory', () => {
  it('GET /api/units names each unit once per parent when the server starts on a new database', async () => {
    const { app, baseUrl } = await startTestApp()
    // A catalogue edit that repeats a department's name at a level does not add a second one (nor stop the sync).
    expect(await syncUnits(app.db, [{ id: '370000-jyt3', name: '山东省教育厅', level: 'province', parent_id: '370000', code: '370000' }])).toBe(0)
    const { body } = await api<{ units: UnitRow[] }>(baseUrl, 'GET', '/api/units')
    expect(body.units.length).toBeGreaterThan(5000)
    expect(duplicatesOf(body.units)).toEqual([])
    expect(body.units.filter((u) => u.name === '山东省教育厅').map((u) => u.id)).toEqual(['370000-jyj'])
    expect(body.units.filter((u) => u.name === '山东省应急管理厅').map((u) => u.id)).toEqual(['370000-yjj'])
  })

  it('migration 0120 merges the duplicates of a database that has them, re-pointing cases and accounts to the kept unit', { timeout: 60_000 }, async () => {
    // 1. A database as it stood before the fix: the seed's 370000-jyt beside the directory's 370000-jyj, both in use.
    const dir = tempDataDir('yq-units-dup-')
    const before = Object.fromEntries(Object.entries(allMigrations).filter(([key]) => key !== '0120_units_unique_by_parent_name'))
    const db = await openDatabase(await testStore(dir), before)
    const at = '2026-11-20T00:00:00.000Z'
    await sql`INSERT INTO units (id, name, level, parent_id, code) VALUES ('370000-jyj', '山东省教育厅', 'province', '370000', '370000')`.execute(db)
    await sql`UPDATE units SET duty_phone = '0531-86901234' WHERE id = '370000-jyt'`.execute(db)
    for (const [id, unit, lead, coop] of [
      [1, '370000-jyt', null, '["370000-yjt","370100"]'],
      [2, '370100', '370000-jyt', '[]'],
      [3, '370000-jyj', null, '["370000-jyt","370000-jyj"]'],
    ] as const) {
      await sql`INSERT INTO cases (id, title, kind, level, policy_id, clock_start, unit_id, lead_unit_id, cooperating_unit_ids, created_at, updated_at)
        VALUES (${id}, ${`事项${id}`}, 'opinion', 'III', 'lu-2018-18', ${at}, ${unit}, ${lead}, ${coop}, ${at}, ${at})`.execute(db)
    }
    await sql`INSERT INTO users (username, password_hash, role, unit_id, created_at, password_changed_at) VALUES ('jyt-duty', 'x', 'unit', '370000-jyt', ${at}, ${at})`.execute(db)
    await db.destroy()

    // 2. Started with the migration: one 山东省教育厅 and one 山东省应急管理厅, the directory's ids, with the contact kept.
    const { app, baseUrl } = await startTestApp({}, dir)
    const { body } = await api<{ units: (UnitRow & { duty_phone: string | null })[] }>(baseUrl, 'GET', '/api/units')
    expect(duplicatesOf(body.units)).toEqual([])
    expect(body.units.filter((u) => u.name === '山东省教育厅')).toEqual([expect.objectContaining({ id: '370000-jyj', duty_phone: '0531-86901234' })])
    expect(body.units.filter((u) => u.name === '山东省应急管理厅').map((u) => u.id)).toEqual(['370000-yjj'])
    const cases = await app.db.selectFrom('cases').select(['id', 'unit_id', 'lead_unit_id', 'cooperating_unit_ids']).orderBy('id').execute()
    expect(cases).toEqual([
      { id: 1, unit_id: '370000-jyj', lead_unit_id: null, cooperating_unit_ids: '["370000-yjj","370100"]' },
      { id: 2, unit_id: '370100', lead_unit_id: '370000-jyj', cooperating_unit_ids: '[]' },
      { id: 3, unit_id: '370000-jyj', lead_unit_id: null, cooperating_unit_ids: '["370000-jyj"]' },
    ])
    expect((await app.db.selectFrom('users').select('unit_id').where('username', '=', 'jyt-duty').executeTakeFirstOrThrow()).unit_id).toBe('370000-jyj')

    // 3. The merged id is kept for old timelines, but nothing new can name it; the unique index holds.
    const refused = await api<{ code: string; message: string }>(baseUrl, 'POST', '/api/cases', { title: '新事项', kind: 'opinion', level: 'IV', item_ids: [], unit_id: '370000-jyt', clock_start: at, clock_start_reason: '补录' })
    expect(refused.status).toBe(400)
    expect(refused.body.code).toBe('YQ_ERR_UNKNOWN_UNIT')
    expect(refused.body.message).toContain('370000-jyj')
    await expect(sql`INSERT INTO units (id, name, level, parent_id, code) VALUES ('370000-jyt2', '山东省教育厅', 'province', '370000', '370000')`.execute(app.db)).rejects.toThrow(/UNIQUE|duplicate key/) // SQLite's words or PostgreSQL's
  })
})
