import { describe, expect, it, onTestFinished } from 'vitest'
import { buildApp } from '../../../server/app.ts'
import { loadConfig } from '../../../server/config.ts'
import { TEST_ADMIN_PASSWORD } from '../../helpers/auth-session.ts'
import { tempDataDir } from '../../helpers/test-app.ts'

describe('the poller when the store fails under it', () => {
  // An unhandled rejection ends a Node process: a store that goes away (a PostgreSQL restart)
  // under the poller's timer must cost a logged tick, not the server.
  it('logs each failed tick and raises no unhandled rejection', async () => {
    const lines: string[] = []
    const config = loadConfig({ YQ_DATA_DIR: tempDataDir(), YQ_DEMO: '0', YQ_LOG_LEVEL: 'error', YQ_PORT: '0', YQ_ADMIN_PASSWORD: TEST_ADMIN_PASSWORD, YQ_SCRYPT_LOG_N: '10', YQ_DEADLINE_TICK_MS: '0', YQ_POLL_TICK_MS: '20' })
    const app = await buildApp(config, { logStream: { write: (line) => void lines.push(line) } })
    await app.listen({ host: '127.0.0.1', port: 0 })
    const unhandled: unknown[] = []
    const onUnhandled = (reason: unknown) => void unhandled.push(reason)
    process.on('unhandledRejection', onUnhandled)
    onTestFinished(async () => {
      process.off('unhandledRejection', onUnhandled)
      await app.close().catch(() => {})
    })

    await app.db.destroy()
    const tickFailures = () => lines.filter((l) => (JSON.parse(l) as { msg?: string }).msg === 'feed poll tick failed').length
    await expect.poll(tickFailures, { timeout: 10_000 }).toBeGreaterThanOrEqual(2)
    expect(unhandled).toEqual([])
  })
})
