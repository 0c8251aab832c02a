import fs from 'node:fs'
import path from 'node:path'
import { inject } from 'vitest'

/** A SQLite file a server is about to create is copied from the template instead; an existing one (a restart, a test's own seeding) is left alone. */
export function copySqliteTemplate(dbFile: string): void {
  const template = inject('storeTemplate')
  if (!template || dbFile === ':memory:' || fs.existsSync(dbFile)) return
  fs.mkdirSync(path.dirname(dbFile), { recursive: true })
  fs.copyFileSync(template, dbFile)
}
