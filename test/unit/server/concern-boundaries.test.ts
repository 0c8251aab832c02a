import fs from 'node:fs'
import path from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '../../..')
const RULE = 'local/concern-boundaries'
const fixture = fs.readFileSync(path.join(ROOT, 'test/fixtures/boundaries/deep-import.ts.fixture'), 'utf8')

async function boundaryErrors(code: string, asFile: string) {
  const [result] = await new ESLint({ cwd: ROOT }).lintText(code, { filePath: path.join(ROOT, asFile) })
  return result!.messages.filter((m) => m.ruleId === RULE).map((m) => ({ line: m.line, message: m.message }))
}

describe('eslint rule concern-boundaries', () => {
  it('fails a triage file that reaches into cases, a type from cases\' schema and a lazy ingest import; passes index.ts, its own files and server/config.ts', async () => {
    const errors = await boundaryErrors(fixture, 'server/triage/boundary-fixture.ts')
    expect(errors.map((e) => e.line)).toEqual([2, 3, 10])
    expect(errors[0]!.message).toContain("import from '../cases/index.ts'")
  })

  it('holds files two folders deep to the same rule, and leaves the CLIs and the composition root alone', async () => {
    const deep = "import { createCaseIn } from '../../cases/case-write.ts'\nexport const f = createCaseIn\n"
    expect((await boundaryErrors(deep, 'server/notify/channels/boundary-fixture.ts')).length).toBe(1)
    expect(await boundaryErrors(deep.replace('../../', '../'), 'server/cli/boundary-fixture.ts')).toEqual([])
    expect(await boundaryErrors(deep.replace('../../', './'), 'server/boundary-fixture.ts')).toEqual([])
  })

  it("fails an index.ts that re-exports or imports its plugin (or the demo's); its option types and a named function beside it pass, and so does another file's plugin import", async () => {
    const index = "export { default as casesPlugin } from './plugin.ts'\nexport { default as demoPlugin } from './demo/plugin.ts'\nexport type { CasePluginOptions } from './plugin.ts'\nexport { type CasePluginOptions as Options } from './plugin.ts'\nimport plugin from './plugin.ts'\nexport const p = plugin\nexport { openDatabase } from './plugin.ts'\n"
    const errors = await boundaryErrors(index, 'server/cases/index.ts')
    expect(errors.map((e) => e.line)).toEqual([1, 2, 5])
    expect(errors[0]!.message).toContain('server/app.ts imports plugin.ts itself')
    expect(await boundaryErrors("import plugin from './plugin.ts'\nexport const p = plugin\n", 'server/cases/boundary-fixture.ts')).toEqual([])
  })

  it('passes on the real server tree', async () => {
    // Only this rule runs: the whole lint is npm run lint's job.
    const results = await new ESLint({ cwd: ROOT, ruleFilter: ({ ruleId }) => ruleId === RULE }).lintFiles(['server'])
    const found = results.flatMap((r) => r.messages.filter((m) => m.ruleId === RULE).map((m) => `${path.relative(ROOT, r.filePath)}:${m.line} ${m.message}`))
    expect(found).toEqual([])
    expect(results.length).toBeGreaterThan(100)
  })
})
