import { describe, expect, it } from 'vitest'
import { buildApp } from '../../../server/app.ts'
import { loadConfig } from '../../../server/config.ts'
import { TEST_ADMIN_PASSWORD, login, sessionHeaders } from '../../helpers/auth-session.ts'
import { tempDataDir } from '../../helpers/test-app.ts'

describe('an error the server did not expect', () => {
  it('answers 500 with YQ_ERR_INTERNAL and no internal text, and logs the whole error', async () => {
    const lines: string[] = []
    const config = loadConfig({ YQ_DATA_DIR: tempDataDir(), YQ_DEMO: '0', YQ_LOG_LEVEL: 'error', YQ_PORT: '0', YQ_ADMIN_PASSWORD: TEST_ADMIN_PASSWORD, YQ_SCRYPT_LOG_N: '10', YQ_DEADLINE_TICK_MS: '0' })
    const app = await buildApp(config, { logStream: { write: (line) => void lines.push(line) } })
    await app.listen({ host: '127.0.0.1', port: 0 })
    const address = app.server.address()
    if (!address || typeof address === 'string') throw new Error('no port')
    const base = `http://127.0.0.1:${address.port}`
    const admin = await login(base, 'admin', TEST_ADMIN_PASSWORD)
    try {
      // The store goes away under a running server: every query now fails inside the driver.
      await app.db.destroy()
      const res = await fetch(`${base}/api/cases`, { headers: sessionHeaders(admin) })
      expect(res.status).toBe(500)
      const body = (await res.json()) as Record<string, unknown>
      expect(body).toEqual({ statusCode: 500, code: 'YQ_ERR_INTERNAL', error: 'Internal Server Error' })
      expect(JSON.stringify(body)).not.toMatch(/destroy|sqlite|driver|database|\bat\b/i)
      const logged = lines.map((l) => JSON.parse(l) as { msg?: string; err?: { stack?: string; message?: string } }).find((l) => l.msg === 'internal error')
      expect(logged?.err?.stack).toMatch(/\n\s+at /)
      expect(logged?.err?.message).toBeTruthy()
    } finally {
      await app.close().catch(() => {})
    }
  })

  it('still answers an expected error with its code and words', async () => {
    const config = loadConfig({ YQ_DATA_DIR: tempDataDir(), YQ_DEMO: '0', YQ_LOG_LEVEL: 'silent', YQ_PORT: '0', YQ_ADMIN_PASSWORD: TEST_ADMIN_PASSWORD, YQ_SCRYPT_LOG_N: '10', YQ_DEADLINE_TICK_MS: '0' })
    const app = await buildApp(config)
    await app.listen({ host: '127.0.0.1', port: 0 })
    const address = app.server.address()
    if (!address || typeof address === 'string') throw new Error('no port')
    const base = `http://127.0.0.1:${address.port}`
    try {
      const admin = await login(base, 'admin', TEST_ADMIN_PASSWORD)
      const res = await fetch(`${base}/api/cases/999999`, { headers: sessionHeaders(admin) })
      expect(res.status).toBe(404)
      expect(await res.json()).toMatchObject({ code: 'YQ_ERR_CASE_NOT_FOUND', message: expect.stringContaining('999999') })
    } finally {
      await app.close()
    }
  })
})
