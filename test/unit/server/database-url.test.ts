import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../../server/config.ts'
import { storeTarget } from '../../../server/db/plugin.ts'

describe('YQ_DATABASE_URL', () => {
  it('unset keeps the SQLite file; a postgres:// URL becomes the store', () => {
    const sqlite = loadConfig({ YQ_DATA_DIR: '/tmp/yq' })
    expect(sqlite.databaseUrl).toBeNull()
    expect(storeTarget(sqlite)).toBe('/tmp/yq/yuqing.sqlite')
    const pg = loadConfig({ YQ_DATABASE_URL: 'postgresql://yq:secret@db.example:5432/yuqing' })
    expect(storeTarget(pg)).toBe('postgresql://yq:secret@db.example:5432/yuqing')
  })

  it('refuses anything but a postgres URL with a host and a database, naming the variable and never echoing a password', () => {
    for (const bad of ['mysql://u:pw@h/db', 'not a url', 'postgres://', 'postgres://h:5432/', 'redis://:hunter2@h/0']) {
      expect(() => loadConfig({ YQ_DATABASE_URL: bad }), bad).toThrow(/YQ_DATABASE_URL/)
      try {
        loadConfig({ YQ_DATABASE_URL: bad })
      } catch (err) {
        expect((err as Error).message).not.toContain('hunter2')
      }
    }
  })
})
