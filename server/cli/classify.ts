import fs from 'node:fs'
import readline from 'node:readline'
import Sqlite from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import type { Department } from '@shared/types/department.ts'
import { loadConfig, type Config } from '../config.ts'
import { openPostgres } from '../db/dialect/postgres-pool.ts'
import type { Database } from '../db/schema.ts'
import { defaultCatalogue } from '../classify/default-catalogue.ts'
import { Gazetteer } from '../classify/gazetteer.ts'
import { Tagger } from '../classify/tagger.ts'
import '../classify/migrations.ts'

/**
 * `npm run -s classify`: JSON Lines `{"id","title","text"}` on stdin, one JSON line per input
 * line on stdout (docs/design.md §3), tagged by the same Tagger as the server. A line that cannot be
 * read gets `{"id","error"}` in its place and the exit status becomes 1; the others go on.
 */

/** The server's stored catalogue when there is a database, so edits made through the API apply here too. */
async function readCatalogue(config: Config): Promise<Department[]> {
  let db: Kysely<Database>
  if (config.databaseUrl) {
    try {
      db = await openPostgres(config.databaseUrl, { poolSize: 1, readOnly: true })
    } catch {
      return defaultCatalogue()
    }
  } else {
    if (!fs.existsSync(config.dbFile)) return defaultCatalogue()
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: new Sqlite(config.dbFile, { readonly: true, fileMustExist: true }) }) })
  }
  try {
    const rows = await db.selectFrom('departments').select('body').orderBy('position').execute()
    return rows.length > 0 ? rows.map((r) => JSON.parse(r.body) as Department) : defaultCatalogue()
  } catch {
    return defaultCatalogue()
  } finally {
    await db.destroy()
  }
}

type Parsed = { id: unknown; title: string; text: string } | { id: unknown; error: string }

export function parseLine(line: string, lineNo: number): Parsed {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch {
    return { id: null, error: `line ${lineNo}: not valid JSON` }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { id: null, error: `line ${lineNo}: expected a JSON object` }
  const o = value as Record<string, unknown>
  const id = typeof o.id === 'string' || typeof o.id === 'number' ? o.id : null
  if (typeof o.title !== 'string') return { id, error: `line ${lineNo}: "title" must be a string` }
  if (o.text !== undefined && o.text !== null && typeof o.text !== 'string') return { id, error: `line ${lineNo}: "text" must be a string` }
  return { id, title: o.title, text: typeof o.text === 'string' ? o.text : '' }
}

async function main(): Promise<void> {
  const config = loadConfig(process.env)
  const tagger = new Tagger(new Gazetteer(config.homeProvince), await readCatalogue(config))
  let failed = false
  let lineNo = 0
  for await (const line of readline.createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNo++
    if (!line.trim()) continue
    const parsed = parseLine(line, lineNo)
    if ('error' in parsed) {
      failed = true
      process.stdout.write(`${JSON.stringify(parsed)}\n`)
      continue
    }
    const t = tagger.tag(parsed.title, parsed.text)
    const severity = t.severity && { level: t.severity.level, signals: t.severity.signals }
    process.stdout.write(`${JSON.stringify({ id: parsed.id, departments: t.departments, region: t.region, unit: t.unit, severity })}\n`)
  }
  process.exitCode = failed ? 1 : 0
}

main().catch((err: unknown) => {
  process.stderr.write(`classify: ${err instanceof Error ? err.message : String(err)}\n`)
  process.exitCode = 2
})
