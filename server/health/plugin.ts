import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import fp from 'fastify-plugin'
import { HealthReply } from '@shared/api/health.ts'
import { PUBLIC } from '../auth/index.ts'
import { enabledSourceHealth } from '../ingest/index.ts'

const health: FastifyPluginAsyncTypebox = async (app) => {
  const started = Date.now()
  app.get('/api/health', { ...PUBLIC, schema: { response: { 200: HealthReply } } }, async () => {
    const counts = { total: 0, ok: 0, degraded: 0, failing: 0 }
    let db: 'ok' | 'error' = 'ok'
    try {
      const rows = await enabledSourceHealth(app.db)
      for (const r of rows) {
        counts[r.health as 'ok' | 'degraded' | 'failing'] = Number(r.n)
        counts.total += Number(r.n)
      }
    } catch (err) {
      app.log.error({ err }, 'health check could not read the database')
      db = 'error'
    }
    return {
      status: db === 'ok' ? ('ok' as const) : ('degraded' as const),
      now: new Date().toISOString(),
      build: app.buildId,
      uptime_s: Math.round((Date.now() - started) / 1000),
      db,
      sources: counts,
    }
  })
}

export default fp(health, { name: 'health', dependencies: ['db', 'auth', 'web'], fastify: '5.x' })
