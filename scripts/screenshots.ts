/**
 * `npm run screenshots`: starts the app with the offline demo on a temp database and saves
 * Chromium screenshots of the pages under docs/, for the README and for looking at.
 */
import path from 'node:path'
import { launchChromium } from '../test/helpers/browser.ts'
import { seedDemoCases } from './lib/demo-cases.ts'
import { startShotsServer } from './lib/shots-server.ts'

const shots = [
  { path: '/wall', file: 'wall-1920x1080.png', width: 1920, height: 1080 },
  { path: '/wall', file: 'wall-3840x2160.png', width: 3840, height: 2160 },
  { path: '/wall?layout=portrait', file: 'wall-portrait-1080x1920.png', width: 1080, height: 1920 },
]

const { base, close } = await startShotsServer('wall', { YQ_DEMO: '1', YQ_DEMO_INTERVAL_S: '1' })
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
await close()
