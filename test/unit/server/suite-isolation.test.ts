import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const TEST_ROOT = path.join(import.meta.dirname, '../..')
const filesUnder = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []))

// vitest.config.ts runs files without isolation: a module mock or a stubbed global in one file would reach every
// later file in the same worker. The pattern is built from parts so that this file does not match itself.
const SHARED_STATE = new RegExp(['vi\\.(?:', 'mock|doMock|stubGlobal|stubEnv|useFakeTimers', ')\\('].join(''))

describe('the test suite shares its workers’ modules', () => {
  it('no test file mocks a module, stubs a global or fakes the clock', () => {
    const offenders = filesUnder(TEST_ROOT).filter((f) => SHARED_STATE.test(fs.readFileSync(f, 'utf8')))
    expect(offenders.map((f) => path.relative(TEST_ROOT, f))).toEqual([])
  })
})
