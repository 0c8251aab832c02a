import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import type { Page } from 'playwright-core'
import { describe, expect, it, onTestFinished } from 'vitest'
import { formatBeijingHm } from '@shared/time.ts'
import { buildApp } from '../../server/app.ts'
import { TEST_ADMIN_PASSWORD, login, registerAdminSession } from '../helpers/auth-session.ts'
import { loadConfig } from '../../server/config.ts'
import { launchChromium } from '../helpers/browser.ts'
import { api, HOUR_MS } from '../helpers/case-fixtures.ts'
import { startTestApp, tempDataDir } from '../helpers/test-app.ts'

async function openWall(baseUrl: string, initScript?: string): Promise<Page> {
  const browser = await launchChromium()
  onTestFinished(() => browser.close())
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
  if (initScript) await page.addInitScript({ content: initScript })
  await page.goto(`${baseUrl}/wall`)
  await expect.poll(() => page.getByTestId('connection-state').textContent(), { timeout: 15_000 }).toContain('实时')
  return page
}

function newCase(title: string, clockStart: Date, unit = '370100') {
  return { title, kind: 'opinion', level: 'IV', item_ids: [], unit_id: unit, clock_start: clockStart.toISOString(), clock_start_reason: '测试：计时起点早于发现' }
}

/** Makes the page's clock run 2 h fast, as on a wall machine nobody set up. */
const SKEWED_CLOCK_SCRIPT = `{
  const RealDate = Date
  const SKEW_MS = 2 * 3600000
  class SkewedDate extends RealDate {
    constructor(...args) { if (args.length === 0) super(RealDate.now() + SKEW_MS); else super(...args) }
    static now() { return RealDate.now() + SKEW_MS }
  }
  globalThis.Date = SkewedDate
}`

/** A server on a given data dir and port, as `npm start` would run it, closed at test end unless closed before. */
async function startServer(dataDir: string, port: number): Promise<{ app: FastifyInstance; port: number; close: () => Promise<void> }> {
  const env = { YQ_DATA_DIR: dataDir, YQ_DEMO: '0', YQ_LOG_LEVEL: 'silent', YQ_PORT: String(port), YQ_ADMIN_PASSWORD: TEST_ADMIN_PASSWORD, YQ_SCRYPT_LOG_N: '10' }
  const app = await buildApp(loadConfig(env))
  await app.listen({ host: '127.0.0.1', port })
  // The first life signs the admin in; the session is stored, so it holds across the restart.
  const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
  if (port === 0) registerAdminSession(baseUrl, await login(baseUrl, 'admin', TEST_ADMIN_PASSWORD))
  let closed = false
  const close = async () => {
    if (closed) return
    closed = true
    await app.close()
  }
  onTestFinished(close)
  return { app, port: (app.server.address() as AddressInfo).port, close }
}

describe('/wall honest time in Chromium', () => {
  it('turns a deadline 3 s away overdue on the wall without a reload', async () => {
    const { baseUrl } = await startTestApp()
    const page = await openWall(baseUrl)
    await page.evaluate(() => ((globalThis as unknown as { sameDocument: boolean }).sameDocument = true))
    expect(await page.getByTestId('count-overdue').textContent()).toContain('0')

    // An opinion case must answer within 48 h: a clock that started 48 h − 3 s ago leaves 3 s.
    const created = await api(baseUrl, 'POST', '/api/cases', newCase('三秒后超时的舆情', new Date(Date.now() - 48 * HOUR_MS + 3000)))
    expect(created.status).toBe(201)
    const tile = page.locator(`[data-testid=case-tile][data-case-id="${created.body.id}"]`)
    const countdown = tile.getByTestId('deadline-response')
    await expect.poll(() => tile.count()).toBe(1)
    await expect.poll(() => countdown.getAttribute('data-state'), { timeout: 10_000 }).toBe('overdue')
    expect(await countdown.textContent()).toMatch(/超时未办\s*00:00:\d\d/)
    await expect.poll(() => page.getByTestId('count-overdue').textContent()).toContain('1')
    // The server's deadline:overdue announcement highlights the tile.
    await expect.poll(() => tile.getAttribute('class'), { timeout: 10_000 }).toContain('announce-overdue')
    expect(await page.evaluate(() => (globalThis as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true)
  })

  it('shows the stale banner while the server is down and the same cases again within 10 s of its restart on the same port', async () => {
    const dataDir = tempDataDir()
    const first = await startServer(dataDir, 0)
    const baseUrl = `http://127.0.0.1:${first.port}`
    const ids: number[] = []
    for (const [title, unit] of [['济南市供水管道爆裂', '370100'], ['青岛市海水浴场溺水事件', '370200']] as const) {
      ids.push((await api(baseUrl, 'POST', '/api/cases', newCase(title, new Date(Date.now() - HOUR_MS), unit))).body.id)
    }
    const page = await openWall(baseUrl)
    const shownIds = () => page.getByTestId('case-tile').evaluateAll((tiles) => tiles.map((t) => Number(t.getAttribute('data-case-id'))).sort())
    await expect.poll(shownIds, { timeout: 10_000 }).toEqual([...ids].sort())
    expect(await page.getByTestId('stale-banner').count()).toBe(0)

    await first.close()
    await expect.poll(() => page.getByTestId('stale-banner').textContent(), { timeout: 10_000 }).toMatch(/数据已过期：最后更新 \d{2}:\d{2}:\d{2}/)
    expect(await page.getByTestId('connection-state').textContent()).toContain('重连中')

    await startServer(dataDir, first.port)
    await expect.poll(() => page.getByTestId('stale-banner').count(), { timeout: 10_000 }).toBe(0)
    await expect.poll(shownIds, { timeout: 10_000 }).toEqual([...ids].sort())
    expect(await page.getByTestId('connection-state').textContent()).toContain('实时')
  })

  it('shows the right time left and 北京时间 when the wall machine clock is 2 h wrong', async () => {
    const { baseUrl } = await startTestApp()
    // 4 h left on a 48 h clock.
    const created = await api(baseUrl, 'POST', '/api/cases', newCase('时钟偏差测试', new Date(Date.now() - 44 * HOUR_MS)))
    const page = await openWall(baseUrl, SKEWED_CLOCK_SCRIPT)
    // The page really has the wrong clock…
    const pageNow = await page.evaluate(() => Date.now())
    expect(pageNow - Date.now()).toBeGreaterThan(HOUR_MS)
    // …yet the countdown is due_at − server time, and the clock shows the server's time.
    const countdown = page.locator(`[data-testid=case-tile][data-case-id="${created.body.id}"]`).getByTestId('countdown')
    await expect.poll(() => countdown.textContent(), { timeout: 10_000 }).toMatch(/^03:5\d:\d\d$/)
    const shown = (await page.getByTestId('wall-clock').textContent())!.slice(0, 5)
    expect([formatBeijingHm(new Date(Date.now() - 60_000)), formatBeijingHm(new Date()), formatBeijingHm(new Date(Date.now() + 60_000))]).toContain(shown)
  })
})
