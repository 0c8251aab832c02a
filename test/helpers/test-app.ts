import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import { onTestFinished } from 'vitest'
import { buildApp, type AppSeams } from '../../server/app.ts'
import { loadConfig, type Config } from '../../server/config.ts'
import { databaseForDataDir, onPostgres } from './pg-database.ts'
import { copySqliteTemplate } from './sqlite-template.ts'
import { TEST_ADMIN_PASSWORD, login, registerAdminSession, sessionHeaders, type Session } from './auth-session.ts'

export function tempDataDir(prefix = 'yq-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }))
  return dir
}

/**
 * The store a test opens itself (openDatabase) for a data folder: the SQLite file there, or with
 * YQ_TEST_DATABASE=postgres the PostgreSQL database standing for that folder, which startTestApp
 * with the same folder then uses.
 */
export async function testStore(dataDir: string, file = 'yuqing.sqlite'): Promise<string> {
  return onPostgres ? databaseForDataDir(dataDir) : path.join(dataDir, file)
}

export interface TestApp {
  app: FastifyInstance
  config: Readonly<Config>
  /** http://127.0.0.1:PORT once listening. */
  baseUrl: string
  /** The admin's session; plain `fetch(baseUrl…)`, `connectSocket` and Chromium pages use it by default. */
  admin: Session
  /** Signs in as another account (create it first, e.g. with `addUser`). */
  login: (username: string, password: string) => Promise<Session>
  /** Headers for a request as that session: cookie, and x-csrf-token on writes. */
  as: (session: Session, method?: string) => Record<string, string>
}

/**
 * A real server on 127.0.0.1 with a real SQLite file in a temp folder (or, with
 * YQ_TEST_DATABASE=postgres, a fresh PostgreSQL database standing for that folder), closed when
 * the test ends. Demo off and private feeds allowed (tests serve feeds on loopback) unless overridden.
 */
export async function startTestApp(env: Record<string, string> = {}, dataDir = tempDataDir(), seams: AppSeams = {}): Promise<TestApp> {
  // A first start on the default home province begins from the run's migrated template (store-template.ts).
  const fromTemplate = env.YQ_HOME_PROVINCE === undefined
  const store = onPostgres && env.YQ_DATABASE_URL === undefined ? { YQ_DATABASE_URL: await databaseForDataDir(dataDir, fromTemplate) } : {}
  const config = loadConfig({
    ...store,
    YQ_DATA_DIR: dataDir,
    YQ_DEMO: '0',
    YQ_ALLOW_PRIVATE_FEEDS: '1',
    YQ_LOG_LEVEL: 'silent',
    YQ_POLL_TICK_MS: '60000',
    YQ_PORT: '0',
    YQ_ADMIN_PASSWORD: TEST_ADMIN_PASSWORD,
    // Tests sign in many accounts from one address; the limit itself has its own test.
    YQ_LOGIN_RATE_MAX: '1000',
    // Cheap hashes: tests sign in often; production keeps the default cost.
    YQ_SCRYPT_LOG_N: '10',
    ...env,
  })
  if (fromTemplate && !onPostgres && env.YQ_DATABASE_URL === undefined) copySqliteTemplate(config.dbFile)
  const app = await buildApp(config, seams)
  onTestFinished(() => app.close())
  await app.listen({ host: '127.0.0.1', port: 0 })
  // Tests time their events; the first tag must not wait on jieba loading in the worker.
  await app.taggingReady
  const address = app.server.address()
  if (!address || typeof address === 'string') throw new Error('server did not listen on a port')
  const baseUrl = `http://127.0.0.1:${address.port}`
  const admin = await login(baseUrl, 'admin', config.adminPassword ?? TEST_ADMIN_PASSWORD)
  registerAdminSession(baseUrl, admin)
  return { app, config, baseUrl, admin, login: (u, p) => login(baseUrl, u, p), as: sessionHeaders }
}
