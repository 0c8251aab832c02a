/**
 * `npm run screenshots`: starts the app with the offline demo on a temp database and saves
 * Chromium screenshots of the pages under docs/, for the README and for looking at.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { buildApp } from '../server/app.ts'
import { loadConfig } from '../server/config.ts'
import { login, setAdminSession } from '../test/helpers/auth-session.ts'
import { launchChromium } from '../test/helpers/browser.ts'

const SHOTS_PASSWORD = 'screenshots-only-password'
import { seedDemoCases } from './lib/demo-cases.ts'
// @ts-expect-error -- plain JavaScript module shared with `npm start`
import { buildClientIfStale } from './build-if-stale.mjs'

const shots = [
  { path: '/wall', file: 'wall-1920x1080.png', width: 1920, height: 1080 },
  { path: '/wall', file: 'wall-3840x2160.png', width: 3840, height: 2160 },
  { path: '/wall?layout=portrait', file: 'wall-portrait-1080x1920.png', width: 1080, height: 1920 },
]

await (buildClientIfStale as () => Promise<void>)()
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yq-shots-'))
const app = await buildApp(loadConfig({ YQ_DATA_DIR: dir, YQ_LOG_LEVEL: 'warn', YQ_ADMIN_PASSWORD: SHOTS_PASSWORD, YQ_DEMO_INTERVAL_S: '1' }))
await app.listen({ host: '127.0.0.1', port: 0 })
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
// Pages and API calls act as the admin (fetch and Chromium pages pick the session up).
setAdminSession(base, await login(base, 'admin', SHOTS_PASSWORD))
await seedDemoCases(base, new Date())
await new Promise((r) => setTimeout(r, 8000)) // let the demo replay publish a screenful

const browser = await launchChromium()
for (const shot of shots) {
  const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } })
  await page.goto(`${base}${shot.path}`)
  await page.waitForTimeout(2500)
  await page.screenshot({ path: path.join('docs', shot.file) })
  console.log(`docs/${shot.file}`)
  await page.close()
}
await browser.close()
await app.close()
fs.rmSync(dir, { recursive: true, force: true })
