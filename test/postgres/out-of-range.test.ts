import { describe, expect, it } from 'vitest'
import { createTestDatabase } from '../helpers/pg-database.ts'
import { startTestApp } from '../helpers/test-app.ts'

/** PostgreSQL's integer columns stop at 2^31 − 1, SQLite's do not: a larger id is the client's mistake, said so, not a 500. */
describe('ids beyond PostgreSQL integer range', () => {
  it('are refused with a clear error code, never an internal error', async () => {
    const t = await startTestApp({ YQ_DATABASE_URL: await createTestDatabase() })
    const huge = '99999999999'
    const answers: Record<string, [number, string | undefined]> = {}
    for (const path of [`/api/cases/${huge}`, `/api/items?cursor=${huge}`, `/api/triage/cases?q=${huge}`, `/api/items?source_id=${huge}`, `/api/stories?cursor=${huge}`]) {
      const res = await fetch(`${t.baseUrl}${path}`)
      answers[path] = [res.status, ((await res.json()) as { code?: string }).code]
    }
    expect(answers).toEqual({
      [`/api/cases/${huge}`]: [400, 'YQ_ERR_VALUE_OUT_OF_RANGE'],
      [`/api/items?cursor=${huge}`]: [400, 'YQ_ERR_VALUE_OUT_OF_RANGE'],
      [`/api/triage/cases?q=${huge}`]: [400, 'YQ_ERR_VALUE_OUT_OF_RANGE'],
      [`/api/items?source_id=${huge}`]: [400, 'YQ_ERR_VALUE_OUT_OF_RANGE'],
      [`/api/stories?cursor=${huge}`]: [400, 'YQ_ERR_VALUE_OUT_OF_RANGE'],
    })
    // The server goes on answering.
    expect((await fetch(`${t.baseUrl}/api/cases/1`)).status).toBe(404)
  })
})
