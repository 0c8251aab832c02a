import { describe, expect, it, onTestFinished } from 'vitest'
import type { Page } from 'playwright-core'
import { HEARTBEAT_INTERVAL_MS } from '@shared/realtime/events.ts'
import { addUser } from '../../server/auth/users.ts'
import { rawFetch } from '../helpers/auth-session.ts'
import { api, HOUR_MS, insertItem } from '../helpers/case-fixtures.ts'
import { launchChromium } from '../helpers/browser.ts'
import { PASSWORD } from '../helpers/roles.ts'
import { startTestApp, type TestApp } from '../helpers/test-app.ts'
import { insertStory } from '../helpers/triage-fixtures.ts'

/** What a view reads again when it resyncs: the case list, the ticker, the queue and its counts, one case. */
const RELOADS = /\/api\/(cases|items|triage\/queue|triage\/counts)(\/\d+)?(\?|$)/
/** Two heartbeats and slack: long enough for any heartbeat to have told a page it missed something. */
const TWO_BEATS_MS = 2 * HEARTBEAT_INTERVAL_MS + 1500

async function openCase(t: TestApp, title: string): Promise<number> {
  const item = await insertItem(t.app, new Date(Date.now() - HOUR_MS), title)
  const res = await api<{ id: number }>(t.baseUrl, 'POST', '/api/cases', { title, kind: 'opinion', level: 'III', item_ids: [item], unit_id: '370102' })
  expect(res.status).toBe(201)
  return res.body.id
}

/** Counts the page's reloading reads from now on. */
function countReloads(page: Page): { reads: string[] } {
  const seen = { reads: [] as string[] }
  page.on('request', (r) => {
    const url = new URL(r.url())
    if (RELOADS.test(url.pathname + (url.search ? '?' : ''))) seen.reads.push(url.pathname)
  })
  return seen
}

describe('stream positions per audience, in Chromium', () => {
  it('a sign-in, a failed sign-in and a sign-out elsewhere make no open wall, queue, case list or case page read anything again', async () => {
    const t = await startTestApp()
    await insertStory(t.app, { title: '济南市历下区某小区供水中断' })
    const caseId = await openCase(t, '济南市历下区一化工厂发生爆炸')
    await addUser(t.app.db, { username: 'op1', password: PASSWORD, role: 'operator' }, 'test')
    const browser = await launchChromium()
    onTestFinished(() => browser.close())
    const open = async (path: string, ready: (p: Page) => Promise<unknown>) => {
      const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
      await page.goto(`${t.baseUrl}${path}`)
      await ready(page)
      return page
    }
    const pages = {
      wall: await open('/wall', (p) => expect.poll(() => p.getByTestId('case-tile').count()).toBe(1)),
      triage: await open('/triage', (p) => expect.poll(() => p.getByTestId('triage-list').getAttribute('data-count')).toBe('1')),
      cases: await open('/cases', (p) => expect.poll(() => p.getByText('济南市历下区一化工厂发生爆炸').count()).toBeGreaterThan(0)),
      case: await open(`/cases/${caseId}`, (p) => expect.poll(() => p.getByText('济南市历下区一化工厂发生爆炸').count()).toBeGreaterThan(0)),
    }
    // Every page has had its hello and a heartbeat: from here on it is in step.
    await new Promise((r) => setTimeout(r, HEARTBEAT_INTERVAL_MS + 500))
    const reloads = Object.fromEntries(Object.entries(pages).map(([name, page]) => [name, countReloads(page)]))

    // Audit events that reach no socket: they move the event log, not any audience's stream.
    const before = await t.app.db.selectFrom('events').select((eb) => eb.fn.max('id').as('id')).executeTakeFirstOrThrow()
    const op = await t.login('op1', PASSWORD)
    const failed = await rawFetch(`${t.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'op1', password: 'not-the-password' }) })
    expect(failed.status).toBe(401)
    expect((await rawFetch(`${t.baseUrl}/api/auth/logout`, { method: 'POST', headers: t.as(op, 'POST') })).status).toBeLessThan(300)
    const after = await t.app.db.selectFrom('events').select((eb) => eb.fn.max('id').as('id')).executeTakeFirstOrThrow()
    expect(Number(after.id)).toBeGreaterThanOrEqual(Number(before.id) + 3)

    await new Promise((r) => setTimeout(r, TWO_BEATS_MS))
    expect(Object.fromEntries(Object.entries(reloads).map(([name, r]) => [name, r.reads]))).toEqual({ wall: [], triage: [], cases: [], case: [] })
    expect(await pages.wall.getByTestId('connection-state').textContent()).toContain('实时')
  })

  it('a case event the wall never received (its frame lost) is a real gap: the next heartbeat makes it read again and show the case', async () => {
    const t = await startTestApp()
    const browser = await launchChromium()
    onTestFinished(() => browser.close())
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
    let dropped = 0
    await page.routeWebSocket(/\/socket\.io\//, (ws) => {
      const server = ws.connectToServer()
      server.onMessage((message) => {
        // socket.io's event frame: 42["case:created",{…}]. The first one is lost on the way.
        if (typeof message === 'string' && message.startsWith('42["case:created"') && dropped === 0) return void dropped++
        ws.send(message)
      })
      ws.onMessage((message) => server.send(message))
    })
    const reloads = countReloads(page)
    await page.goto(`${t.baseUrl}/wall`)
    await expect.poll(() => page.getByTestId('connection-state').textContent()).toContain('实时')
    await expect.poll(() => reloads.reads.filter((r) => r === '/api/cases').length).toBeGreaterThan(0)
    await new Promise((r) => setTimeout(r, HEARTBEAT_INTERVAL_MS + 500))
    reloads.reads.length = 0

    await openCase(t, '青岛市市南区栈桥游客滞留')
    await expect.poll(() => dropped).toBe(1)
    await expect.poll(() => page.getByTestId('case-tile').count(), { timeout: TWO_BEATS_MS }).toBe(1)
    expect(await page.getByTestId('case-tile').textContent()).toContain('青岛市市南区栈桥游客滞留')
    expect(reloads.reads).toContain('/api/cases')
  })
})
