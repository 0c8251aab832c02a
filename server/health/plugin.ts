import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import fp from 'fastify-plugin'
import { Type } from 'typebox'
import { PUBLIC } from '../auth/index.ts'
import { enabledSourceHealth } from '../ingest/index.ts'

const HealthSchema = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('degraded')]),
  now: Type.String(),
  build: Type.String(),
  uptime_s: Type.Number(),
  db: Type.Union([Type.Literal('ok'), Type.Literal('error')]),
  sources: Type.Object({ total: Type.Integer(), ok: Type.Integer(), degraded: Type.Integer(), failing: Type.Integer() }),
})

const health: FastifyPluginAsyncTypebox = async (app) => {
  const started = Date.now()
  app.get('/api/health', { ...PUBLIC, schema: { response: { 200: HealthSchema } } }, async () => {
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
