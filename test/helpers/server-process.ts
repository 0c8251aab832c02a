import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { onTestFinished } from 'vitest'
import { TEST_ADMIN_PASSWORD, login, rawFetch, registerAdminSession } from './auth-session.ts'
import { databaseForDataDir, onPostgres } from './pg-database.ts'
import { copySqliteTemplate } from './sqlite-template.ts'

const root = path.resolve(import.meta.dirname, '../..')

/** Re-exported: the process tests take their port from here. */
export { freePort } from './free-port.ts'

export interface ServerProcess {
  child: ChildProcess
  baseUrl: string
  output: () => string
}

/** Generous: a loaded 2-core machine takes seconds to load nodejieba's dictionaries. */
export const SERVER_READY_TIMEOUT_MS = 60_000

/** Starts the server bundle as its own process, as `npm start` does; ready when health answers. */
export async function startServerProcess(env: Record<string, string>, port: number): Promise<ServerProcess> {
  // On the PostgreSQL pass the data folder stands for its own database, as in startTestApp.
  // A first start on the default home province begins from the run's migrated template, as in startTestApp.
  const fromTemplate = env.YQ_HOME_PROVINCE === undefined && env.YQ_DATA_DIR !== undefined
  if (onPostgres && env.YQ_DATABASE_URL === undefined && env.YQ_DATA_DIR) env = { ...env, YQ_DATABASE_URL: await databaseForDataDir(env.YQ_DATA_DIR, fromTemplate) }
  if (!onPostgres && fromTemplate && env.YQ_DATABASE_URL === undefined) copySqliteTemplate(env.YQ_DB_FILE ?? path.join(env.YQ_DATA_DIR ?? '', 'yuqing.sqlite'))
  let output = ''
  const child = spawn(process.execPath, ['--enable-source-maps', 'dist/server/main.mjs'], {
    cwd: root,
    env: { PATH: process.env.PATH, YQ_LOG_LEVEL: 'warn', YQ_PORT: String(port), YQ_ADMIN_PASSWORD: TEST_ADMIN_PASSWORD, YQ_SCRYPT_LOG_N: '10', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()))
  onTestFinished(() => {
    if (child.exitCode === null) child.kill('SIGKILL')
  })
  const baseUrl = `http://127.0.0.1:${port}`
  const deadline = Date.now() + SERVER_READY_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`)
    try {
      const res = await rawFetch(`${baseUrl}/api/health`)
      if (res.ok) {
        // Plain fetch in process tests acts as the admin, as with startTestApp.
        registerAdminSession(baseUrl, await login(baseUrl, 'admin', env.YQ_ADMIN_PASSWORD ?? TEST_ADMIN_PASSWORD))
        return { child, baseUrl, output: () => output }
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`server not ready within ${SERVER_READY_TIMEOUT_MS / 1000} s:\n${output}`)
}

export function waitForExit(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode)
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)))
}
