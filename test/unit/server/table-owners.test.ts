import fs from 'node:fs'
import path from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'
import { TABLE_CROSSINGS } from '../../../eslint/table-crossings.js'
import { tableOwners } from '../../../eslint/table-owners.js'

const ROOT = path.resolve(import.meta.dirname, '../../..')
const RULE = 'local/table-owners'
const fixture = fs.readFileSync(path.join(ROOT, 'test/fixtures/boundaries/foreign-table.ts.fixture'), 'utf8')

function linter(allow?: Readonly<Record<string, readonly string[]>>) {
  return new ESLint({
    cwd: ROOT,
    ruleFilter: ({ ruleId }) => ruleId === RULE,
    ...(allow ? { overrideConfig: { files: ['server/**/*.ts'], rules: { [RULE]: ['error', { allow }] } } } : {}),
  })
}

async function foreignTables(code: string, asFile: string, allow?: Readonly<Record<string, readonly string[]>>) {
  const [result] = await linter(allow).lintText(code, { filePath: path.join(ROOT, asFile) })
  return result!.messages.filter((m) => m.ruleId === RULE).map((m) => `${m.line} ${/'([a-z_]+)'/.exec(m.message)![1]}`)
}

describe('eslint rule table-owners', () => {
  it('knows each table by the concern whose schema declares it', () => {
    const owners = tableOwners()
    expect([owners.get('items'), owners.get('sources'), owners.get('units'), owners.get('users'), owners.get('events'), owners.get('triage_fts')]).toEqual(['ingest', 'ingest', 'cases', 'auth', 'db', 'triage'])
  })

  it("fails a wall file that names ingest's, cases' and auth's tables in selectFrom, joins, updateTable, a from-list and raw sql templates, and db's event log; its own CTE passes", async () => {
    expect(await foreignTables(fixture, 'server/wall/table-fixture.ts')).toEqual(['6 items', '7 cases', '7 units', '8 units', '8 users', '9 sources', '10 stories', '10 story_bands', '11 stories', '11 item_tags', '11 triage_decisions', '12 users', '13 events'])
    const [message] = (await linter().lintText(fixture, { filePath: path.join(ROOT, 'server/wall/table-fixture.ts') }))[0]!.messages
    expect(message!.message).toContain('server/ingest/index.ts')
  })

  it('passes the owner itself, the composition root and the CLIs, and a crossing on the allow-list', async () => {
    const code = "export const q = (db: any) => db.selectFrom('items').select('id')\n"
    expect(await foreignTables(code, 'server/ingest/table-fixture.ts')).toEqual([])
    expect(await foreignTables(code, 'server/table-fixture.ts')).toEqual([])
    expect(await foreignTables(code, 'server/cli/table-fixture.ts')).toEqual([])
    expect(await foreignTables(code, 'server/wall/table-fixture.ts', { 'server/wall/table-fixture.ts': ['items'] })).toEqual([])
    expect(await foreignTables(code, 'server/wall/table-fixture.ts', { 'server/wall/table-fixture.ts': ['units'] })).toEqual(['1 items'])
    // The dialect layer holds each engine's SQL for every concern's tables (triggers, search).
    const raw = "import { sql } from 'kysely'\nexport const t = sql`CREATE TRIGGER x AFTER INSERT ON items BEGIN DELETE FROM item_tags; END`\n"
    expect(await foreignTables(raw, 'server/db/dialect/table-fixture.ts')).toEqual([])
    expect(await foreignTables(raw, 'server/wall/table-fixture.ts')).toEqual(['2 item_tags'])
  })

  it('finds on the real server tree exactly the crossings eslint/table-crossings.js allows: a closed one must leave the list', async () => {
    const results = await linter({}).lintFiles(['server'])
    const found: Record<string, Set<string>> = {}
    for (const r of results) for (const m of r.messages) if (m.ruleId === RULE) (found[path.relative(ROOT, r.filePath)] ??= new Set()).add(/'([a-z_]+)'/.exec(m.message)![1]!)
    const sorted = (o: Readonly<Record<string, Iterable<string>>>) => Object.fromEntries(Object.entries(o).map(([f, t]): [string, string[]] => [f, [...t].sort()]).sort(([a], [b]) => a.localeCompare(b)))
    expect(sorted(found)).toEqual(sorted(TABLE_CROSSINGS))
    expect(results.length).toBeGreaterThan(100)
  })
})
