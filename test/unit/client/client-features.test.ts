import path from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '../../..')
const RULE = 'local/client-features'

async function layoutErrors(code: string, asFile: string) {
  const [result] = await new ESLint({ cwd: ROOT, ruleFilter: ({ ruleId }) => ruleId === RULE }).lintText(code, { filePath: path.join(ROOT, asFile) })
  return result!.messages.filter((m) => m.ruleId === RULE).map((m) => m.message)
}

describe('eslint rule client-features', () => {
  it("fails a page that reaches into another page's files or the app shell; passes its own files, shared/, the message table and another page's index.ts", async () => {
    const code = [
      "import { reachMark } from '../notify/notify-format.ts'",
      "import { router } from '../../router.ts'",
      "import { unitOwner } from '../notify/index.ts'",
      "import { api } from '../../shared/api.ts'",
      "import { t } from '../../i18n/messages.ts'",
      "import { EMPTY_FILTERS } from './filters.ts'",
      'export const all = [reachMark, router, unitOwner, api, t, EMPTY_FILTERS]',
      '',
    ].join('\n')
    const errors = await layoutErrors(code, 'client/src/features/triage/layout-fixture.ts')
    expect(errors).toHaveLength(2)
    expect(errors[0]).toContain("import from '../notify/index.ts'")
    expect(errors[1]).toContain('app shell')
  })

  it('fails shared/ importing a feature, lazily or not', async () => {
    const code = "export const load = () => import('../features/wall/WallView.vue')\n"
    expect(await layoutErrors(code, 'client/src/shared/layout-fixture.ts')).toHaveLength(1)
    expect(await layoutErrors(code.replace('../features', './features'), 'client/src/layout-fixture.ts')).toEqual([])
  })

  it('passes on the real client tree', async () => {
    const results = await new ESLint({ cwd: ROOT, ruleFilter: ({ ruleId }) => ruleId === RULE }).lintFiles(['client/src'])
    const found = results.flatMap((r) => r.messages.filter((m) => m.ruleId === RULE).map((m) => `${path.relative(ROOT, r.filePath)}:${m.line} ${m.message}`))
    expect(found).toEqual([])
    expect(results.length).toBeGreaterThan(100)
  })
})
