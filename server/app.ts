import Fastify, { LogController, type FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { Config } from './config.ts'
import { caseMigrations } from './cases/migrations.ts'
import cases from './cases/plugin.ts'
import { classifyMigrations } from './classify/migrations.ts'
import classify from './classify/plugin.ts'
import db from './db/plugin.ts'
import health from './health/plugin.ts'
import demo from './ingest/demo/plugin.ts'
import { ingestMigrations } from './ingest/migrations.ts'
import ingest from './ingest/plugin.ts'
import realtime from './realtime/plugin.ts'
import { triageMigrations } from './triage/migrations.ts'
import triage from './triage/plugin.ts'
import web from './web/plugin.ts'

/** Builds the whole server without listening: main.ts listens, tests inject or listen on port 0. */
export async function buildApp(config: Readonly<Config>): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]'] },
    // Feed bodies pushed by webhooks can be large; everything else is small.
    bodyLimit: 2 * 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
    // A misspelt field is refused with its name rather than silently dropped.
    ajv: { customOptions: { removeAdditional: false } },
    // Walls and pollers make a request every few seconds; errors are still logged.
    logController: new LogController({ disableRequestLogging: true }),
  }).withTypeProvider<TypeBoxTypeProvider>()

  await app.register(db, { config, migrations: { ...ingestMigrations, ...caseMigrations, ...classifyMigrations, ...triageMigrations } })
  await app.register(web, { clientDir: config.clientDir })
  await app.register(realtime)
  await app.register(health)
  // Before ingest: ingest tags new items through the `tagItems` decorator when it exists.
  await app.register(classify, { config })
  await app.register(ingest, { config })
  await app.register(demo, { config })
  await app.register(cases, { config })
  await app.register(triage)
  return app as unknown as FastifyInstance
}
