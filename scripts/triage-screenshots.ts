/**
 * `npx tsx scripts/triage-screenshots.ts`: lets the offline demo feed fill a temp database with
 * about 30 tagged stories, claims one as another operator, and saves /triage at 1920×1080 as
 * docs/screenshots/triage.png for looking at.
 */
import fs from 'node:fs'
import path from 'node:path'
import { addUser } from '../server/auth/users.ts'
import { login, sessionHeaders } from '../test/helpers/auth-session.ts'
import { launchChromium } from '../test/helpers/browser.ts'
import { SHOTS_PASSWORD, startShotsServer } from './lib/shots-server.ts'

const STORIES = 30
const OUT = 'docs/screenshots/triage.png'

const { app, base, close } = await startShotsServer('triage', { YQ_DEMO: '1', YQ_DEMO_INTERVAL_S: '1', YQ_POLL_TICK_MS: '500' })

async function untriaged(): Promise<number> {
  return ((await (await fetch(`${base}/api/triage/counts`)).json()) as { untriaged: number }).untriaged
}
const started = Date.now()
while ((await untriaged()) < STORIES && Date.now() - started < 120_000) await new Promise((r) => setTimeout(r, 1000))

await addUser(app.db, { username: 'zhangsan', password: SHOTS_PASSWORD, role: 'operator' }, 'screenshots')
const zhangsan = await login(base, 'zhangsan', SHOTS_PASSWORD)

/** Another operator takes a story while the page is open: the claim arrives live. */
async function claimAsZhangsan(index: number): Promise<void> {
  const queue = (await (await fetch(`${base}/api/triage/queue?limit=10`)).json()) as { stories: { story_id: number }[] }
  await fetch(`${base}/api/triage/claims`, {
    method: 'POST',
    headers: { ...sessionHeaders(zhangsan, 'POST'), 'content-type': 'application/json' },
    body: JSON.stringify({ story_ids: [queue.stories[index]!.story_id] }),
  })
}

const browser = await launchChromium()
try {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' })
  await page.goto(`${base}/triage`)
  await page.getByTestId('triage-row').first().waitFor()
  await page.keyboard.press('j')
  await page.keyboard.press('j')
  await page.keyboard.press('x')
  await claimAsZhangsan(0)
  await page.getByTestId('row-claim').filter({ hasText: 'zhangsan' }).waitFor()
  await page.waitForTimeout(800)
  fs.mkdirSync(path.dirname(OUT), { recursive: true })
  await page.screenshot({ path: OUT })
  console.log(OUT)
} finally {
  await browser.close()
  await close()
}
