/**
 * `npx tsx scripts/case-page-screenshots.ts`: the case page's daily work on a temp database, as
 * the roles doing it, in Chromium at 1920×1080: the office's view of a supervised, reassigned case
 * with an earlier clock start, a 备注 and a 延期申请 awaiting decision (docs/screenshots/case-office.png),
 * the unit's view after a 退回 and with the 延期申请 form open (case-unit.png), and a drill (case-drill.png).
 */
import fs from 'node:fs'
import type { Browser } from 'playwright-core'
import { addUser } from '../server/auth/users.ts'
import { launchChromium } from '../test/helpers/browser.ts'
import { login, type Session } from '../test/helpers/auth-session.ts'
import { HOUR_MS, insertItem } from '../test/helpers/case-fixtures.ts'
import { SHOTS_PASSWORD, startShotsServer } from './lib/shots-server.ts'

const { app, base, close } = await startShotsServer('case-page')
const send = async (method: string, url: string, body: unknown, session?: Session) => {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf_token } : {}) }
  const res = await fetch(`${base}${url}`, { method, headers, body: JSON.stringify(body) })
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`)
  return (await res.json()) as { id: number; deadlines: { due_at: string }[]; timeline: { id: number; type: string }[] }
}
const now = Date.now()
await addUser(app.db, { username: 'lixia', password: SHOTS_PASSWORD, role: 'unit', unit_id: '370102' }, 'screenshots')
await addUser(app.db, { username: 'zhiban', password: SHOTS_PASSWORD, role: 'operator' }, 'screenshots')
const unit = await login(base, 'lixia', SHOTS_PASSWORD)
const operator = await login(base, 'zhiban', SHOTS_PASSWORD)

// 1. The office's case: 历下区's, supervised, 改派 to the city's emergency bureau with 历下区 cooperating.
const item = await insertItem(app, new Date(now - 6 * HOUR_MS), '济南市历下区一小区电梯困人 业主称多次报修无人处理', '370102')
const c = await send('POST', '/api/cases', { title: '历下区一小区电梯困人 业主称多次报修无人处理', kind: 'opinion', level: 'III', item_ids: [item], unit_id: '370102' })
await send('PATCH', `/api/cases/${c.id}`, { supervised: true }, operator)
await send('PATCH', `/api/cases/${c.id}`, { clock_start: new Date(now - 8 * HOUR_MS).toISOString(), clock_start_reason: '12345热线来电早于网络发现两小时' }, operator)
await send('POST', `/api/cases/${c.id}/events`, { type: 'noted', note: '物业公司负责人已约谈，电梯维保单位今晚到场' }, unit)
const asked = await send('POST', `/api/cases/${c.id}/events`, { type: 'extension_requested', deadline_kind: 'response', deadline_index: 0, to: new Date(now + 64 * HOUR_MS).toISOString(), reason: '需等待特种设备检验机构出具检测报告' }, unit)
void asked
await send('PATCH', `/api/cases/${c.id}`, { unit_id: '370100-yjj', cooperating_unit_ids: ['370102'], note: '涉及全市电梯维保单位监管，由市级牵头' }, operator)

// 2. The unit's case: forwarded to 历下区 by the city, returned with a reason; and its own case to ask a 延期 for.
const f = await send('POST', '/api/cases', { title: '历下区一工地夜间施工扰民', kind: 'opinion', level: 'IV', item_ids: [await insertItem(app, new Date(now - 3 * HOUR_MS), '历下区一工地夜间施工扰民', '370100-yjj')], unit_id: '370100-yjj' })
await send('POST', `/api/cases/${f.id}/events`, { type: 'forwarded', unit_id: '370102', at: new Date(now - 40 * 60_000).toISOString() })
await send('POST', `/api/cases/${f.id}/events`, { type: 'returned', reason: '涉事工地属市级重点工程，由市住建部门监管' }, unit)
const own = await send('POST', '/api/cases', { title: '历下区芙蓉街商户占道经营', kind: 'opinion', level: 'III', item_ids: [await insertItem(app, new Date(now - 30 * HOUR_MS), '历下区芙蓉街商户占道经营', '370102')], unit_id: '370102' })

// 3. A drill.
const drill = await send('POST', '/api/cases', { title: '【演练】历城区一化工园区储罐泄漏', kind: 'incident', level: 'II', item_ids: [await insertItem(app, new Date(now - HOUR_MS), '历城区一化工园区储罐泄漏（演练）', '370112')], unit_id: '370112', drill: true })

async function shot(browser: Browser, session: Session, url: string, file: string, prepare?: (page: import('playwright-core').Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  const eq = session.cookie.indexOf('=')
  await context.addCookies([{ name: session.cookie.slice(0, eq), value: session.cookie.slice(eq + 1), url: base, httpOnly: true, sameSite: 'Strict' }])
  const page = await context.newPage()
  await page.goto(`${base}${url}`)
  await page.getByTestId('case-timeline').waitFor()
  if (prepare) await prepare(page)
  await page.waitForTimeout(800)
  await page.screenshot({ path: `docs/screenshots/${file}` })
  console.log(`docs/screenshots/${file}`)
  await context.close()
}

const browser = await launchChromium({ anonymous: true })
fs.mkdirSync('docs/screenshots', { recursive: true })
try {
  await shot(browser, operator, `/cases/${c.id}`, 'case-office.png', (p) => p.getByTestId('extensions').waitFor())
  await shot(browser, unit, `/cases/${f.id}`, 'case-unit-returned.png')
  await shot(browser, unit, `/cases/${own.id}`, 'case-unit-extension.png', async (p) => {
    const form = p.getByTestId('event-form')
    await form.locator('select[name=type]').selectOption('extension_requested')
    await form.locator('select[name=deadline]').selectOption('response:0')
  })
  await shot(browser, operator, `/cases/${drill.id}`, 'case-drill.png')
} finally {
  await browser.close()
  await close()
}
