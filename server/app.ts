import { compilersFactory } from './http/schema-compilers.ts'
import Fastify, { LogController, type FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { Config } from './config.ts'
import auth from './auth/plugin.ts'
import cases from './cases/plugin.ts'
import classify from './classify/plugin.ts'
import cluster from './cluster/plugin.ts'
import { unitDirectory } from './classify/unit-directory.ts'
import db from './db/plugin.ts'
import health from './health/plugin.ts'
import demo from './ingest/demo/plugin.ts'
import ingest from './ingest/plugin.ts'
import { installErrorHandler } from './http/error-handler.ts'
import { allMigrations } from './migrations.ts'
import realtime from './realtime/plugin.ts'
import review from './review/plugin.ts'
import wall from './wall/plugin.ts'
import triage from './triage/plugin.ts'
import notify, { type NotifySeams } from './notify/plugin.ts'
import web from './web/plugin.ts'

const REQUEST_TIMEOUT_MS = 30_000
const KEEP_ALIVE_TIMEOUT_MS = 10_000
const CONNECTIONS_CHECK_MS = 1_000

/** Seams tests use; production passes none. */
export interface AppSeams {
  /** Randomness for 不定期检查 sampling. */
  random?: () => number
  /** The clock the review, the wall, sign-in and sessions read, so a test can stand inside a past week or past a timeout. */
  now?: () => Date
  /** Where the log goes instead of stdout (tests read it). */
  logStream?: { write(line: string): void }
  /** Clocks, adapters and intervals of the notification concern. */
  notify?: NotifySeams
}

/** Builds the whole server without listening: main.ts listens, tests inject or listen on port 0. */
export async function buildApp(config: Readonly<Config>, seams: AppSeams = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]'], ...(seams.logStream ? { stream: seams.logStream } : {}) },
    // Feed bodies pushed by webhooks can be large; everything else is small.
    bodyLimit: 2 * 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
    // A misspelt field is refused with its name rather than silently dropped.
    ajv: { customOptions: { removeAdditional: false } },
    schemaController: { compilersFactory },
    // Startup includes loading jieba's dictionary on the tagging thread: seconds, and over
    // Fastify's default 10 s on a busy 2-core machine.
    pluginTimeout: 60_000,
    // Slow clients hold a socket each: headers must arrive within headersTimeoutMs and a whole
    // request (a 4 MB push included) within REQUEST_TIMEOUT_MS, checked every second rather than
    // Node's 30 s; an idle kept-alive socket is closed after KEEP_ALIVE_TIMEOUT_MS. These bound
    // receiving a request only: long-polling and WebSocket traffic are not cut by them.
    http: { headersTimeout: config.headersTimeoutMs, connectionsCheckingInterval: CONNECTIONS_CHECK_MS },
    requestTimeout: Math.max(REQUEST_TIMEOUT_MS, config.headersTimeoutMs),
    keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
    // Walls and pollers make a request every few seconds; errors are still logged.
    logController: new LogController({ disableRequestLogging: true }),
  }).withTypeProvider<TypeBoxTypeProvider>()

  // Before any plugin: encapsulated routes inherit the handler they see when registered.
  installErrorHandler(app as unknown as FastifyInstance)
  await app.register(db, { config, migrations: allMigrations })
  // Before realtime: with YQ_REDIS_URL the socket adapter, rate limit and leases share its connection.
  await app.register(cluster, { config })
  await app.register(realtime)
  // Before every concern with routes: its guard and route list must see them all.
  await app.register(auth, { config, now: seams.now })
  await app.register(web, { clientDir: config.clientDir })
  await app.register(health)
  // Before ingest: ingest tags new items through the `tagItems` decorator when it exists.
  await app.register(classify, { config })
  await app.register(ingest, { config })
  await app.register(demo, { config })
  // Cases name units; tagging knows them all (gazetteer × catalogue): app.ts joins the two.
  await app.register(cases, { config, unitDirectory: () => unitDirectory(app.gazetteer, app.departmentCatalogue.get()) })
  // A department added through PUT /api/departments is a unit in every city and county at once.
  // Another process's change was synced there; here (and there) the unit tree is reloaded once synced.
  app.departmentCatalogue.onChange((_catalogue, origin) => {
    if (origin !== 'local') return
    app
      .syncUnitDirectory()
      .then(() => app.cluster.changed('units:changed', {}))
      .catch((err: unknown) => app.log.error({ err }, 'could not add the new catalogue\'s units'))
  })
  await app.register(review, { random: seams.random, now: seams.now })
  await app.register(wall, { config, now: seams.now })
  await app.register(triage)
  await app.register(notify, { config, seams: seams.notify })
  return app as unknown as FastifyInstance
}
