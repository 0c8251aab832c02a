/**
 * `npx tsx scripts/unit-todo-screenshots.ts`: a 历下区 unit account with two 转办 awaiting 签收,
 * cases coming due and overdue, and last week's figures on a temp database, then a Chromium
 * screenshot of its 待办 at 1920×1080 (docs/screenshots/todo.png).
 */
import fs from 'node:fs'
import { presetPeriod } from '../shared/review/periods.ts'
import { addUser } from '../server/auth/users.ts'
import { launchChromium } from '../test/helpers/browser.ts'
import { login } from '../test/helpers/auth-session.ts'
import { HOUR_MS, insertItem } from '../test/helpers/case-fixtures.ts'
import { SHOTS_PASSWORD, startShotsServer } from './lib/shots-server.ts'

const DAY_MS = 24 * HOUR_MS
const { app, base, close } = await startShotsServer('unit-todo')
const post = async (url: string, body: unknown) => {
  const res = await fetch(`${base}${url}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`)
  return (await res.json()) as { id: number }
}
const open = async (title: string, unit_id: string, firstSeen: number, kind = 'opinion', level = 'III') => {
  const item = await insertItem(app, new Date(firstSeen), title, unit_id)
  return (await post('/api/cases', { title, kind, level, unit_id, item_ids: [item] })).id
}
const file = (id: number, body: Record<string, string>) => post(`/api/cases/${id}/events`, { at: new Date().toISOString(), ...body })

const now = Date.now()
const weekStart = Date.parse(presetPeriod('week', new Date(now)).from)
const lastWeek = weekStart - 7 * DAY_MS
// 转办给我: forwarded by 济南市 a few minutes and half an hour ago.
for (const [title, minutesAgo] of [['济南市 泉城广场周边夜间施工扰民', 40], ['济南市 趵突泉景区游客滞留投诉', 6]] as const) {
  const id = await open(title, '370100', now - 2 * HOUR_MS)
  await file(id, { type: 'forwarded', unit_id: '370102', at: new Date(now - minutesAgo * 60_000).toISOString() })
}
// 即将到期: 历下区's own, at different points of their 48 h.
await open('历下区 芙蓉街商户占道经营', '370102', now - 46 * HOUR_MS)
await open('历下区 燕山立交桥下积水', '370102', now - 20 * HOUR_MS)
await open('历下区 一小区物业费纠纷', '370102', now - 3 * HOUR_MS, 'opinion', 'IV')
await open('历下区 一化工仓库冒烟传言', '370102', now - 1 * HOUR_MS, 'incident', 'III')
// 已超时: two responses past due.
await open('历下区 老旧小区加装电梯纠纷', '370102', now - 52 * HOUR_MS)
await open('历下区 共享单车乱停放', '370102', now - 60 * HOUR_MS, 'opinion', 'IV')
// Last week: three of four on time; this week one on time.
for (const [title, startH, metH] of [['历下区 千佛山庙会人流', 10, 20], ['历下区 泉城路施工围挡', 30, 40], ['历下区 学校周边交通', 50, 60], ['历下区 垃圾清运不及时', 60, 120]] as const) {
  const id = await open(title, '370102', lastWeek + startH * HOUR_MS)
  await file(id, { type: 'response', url: 'https://www.lixia.gov.cn/hy', at: new Date(lastWeek + metH * HOUR_MS).toISOString() })
}
const met = await open('历下区 早市噪音', '370102', now - 10 * HOUR_MS)
await file(met, { type: 'response', url: 'https://www.lixia.gov.cn/hy' })
await addUser(app.db, { username: 'lixia', password: SHOTS_PASSWORD, role: 'unit', unit_id: '370102' }, 'screenshots')
const unit = await login(base, 'lixia', SHOTS_PASSWORD)

const browser = await launchChromium({ anonymous: true })
fs.mkdirSync('docs/screenshots', { recursive: true })
try {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' })
  const eq = unit.cookie.indexOf('=')
  await context.addCookies([{ name: unit.cookie.slice(0, eq), value: unit.cookie.slice(eq + 1), url: base, httpOnly: true, sameSite: 'Strict' }])
  const page = await context.newPage()
  await page.goto(`${base}/todo`)
  await page.getByTestId('todo-forwarded').getByTestId('todo-row').first().waitFor()
  await page.screenshot({ path: 'docs/screenshots/todo.png' })
  console.log('docs/screenshots/todo.png')
} finally {
  await browser.close()
  await close()
}
