import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../server/app.ts'
import { loadConfig } from '../../server/config.ts'
import { login, setAdminSession } from '../../test/helpers/auth-session.ts'
// @ts-expect-error -- plain JavaScript module shared with `npm start`
import { buildClientIfStale } from '../build-if-stale.mjs'

/** The admin password of screenshot servers, which live only as long as their script. */
export const SHOTS_PASSWORD = 'screenshots-only-password'

export interface ShotsServer {
  app: FastifyInstance
  base: string
  /** The temp folder (its database); removed by close. */
  dir: string
  close: () => Promise<void>
}

/**
 * What every screenshot script starts with: the current client, a server on 127.0.0.1 over a
 * temp SQLite file, and the admin signed in, so plain fetch and Chromium pages act as the admin.
 */
export async function startShotsServer(name: string, env: Record<string, string> = {}): Promise<ShotsServer> {
  await (buildClientIfStale as () => Promise<void>)()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `yq-${name}-shots-`))
  // YQ_PORT 0: the socket's allowed origins follow the port actually bound (with the default 8080
  // they name 8080, and the pages' sockets on the random port are refused: walls stuck at 连接中).
  const app = await buildApp(loadConfig({ YQ_DATA_DIR: dir, YQ_LOG_LEVEL: 'warn', YQ_ADMIN_PASSWORD: SHOTS_PASSWORD, YQ_DEMO: '0', YQ_PORT: '0', ...env }))
  await app.listen({ host: '127.0.0.1', port: 0 })
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
  setAdminSession(base, await login(base, 'admin', SHOTS_PASSWORD))
  return {
    app,
    base,
    dir,
    close: async () => {
      await app.close()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
