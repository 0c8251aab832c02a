/**
 * `npx tsx scripts/cases-admin-screenshots.ts`: 15 cases across Shandong (several overdue, one
 * supervised, one drill), a unit account, a display token and unit contacts on a temp database,
 * then Chromium screenshots at 1920×1080 of /cases, /admin/users, /admin/units and /admin/policy
 * under docs/screenshots/.
 */
import fs from 'node:fs'
import { addUser } from '../server/auth/users.ts'
import { launchChromium } from '../test/helpers/browser.ts'
import { HOUR_MS, insertItem } from '../test/helpers/case-fixtures.ts'
import { SHOTS_PASSWORD, startShotsServer } from './lib/shots-server.ts'

/** [title, unit, hours since first seen, kind, level, extra] */
const CASES: [string, string, number, 'incident' | 'opinion', string, Record<string, unknown>?][] = [
  ['济南市历下区一化工厂发生爆炸', '370102', 7, 'incident', 'II', { supervised: true }],
  ['青岛市黄岛区港口危化品泄漏传言', '370211', 3.5, 'incident', 'I'],
  ['烟台市芝罘区一小区停水超过两天', '370602', 50, 'opinion', 'III'],
  ['淄博市烧烤街区食品安全投诉', '370300', 47.5, 'opinion', 'III'],
  ['潍坊市一学校食堂餐食质量问题', '370700', 30, 'opinion', 'IV'],
  ['济宁市暴雨致部分路段积水', '370800', 2, 'incident', 'III'],
  ['泰安市景区门票价格争议', '370900', 12, 'opinion', 'IV'],
  ['威海市海上交通演练', '371000', 1, 'incident', 'II', { drill: true }],
  ['日照市港区扬尘污染投诉', '371100', 52, 'opinion', 'III'],
  ['临沂市物流园区交通拥堵', '371300', 20, 'opinion', 'IV'],
  ['德州市农村饮水安全问题', '371400', 44, 'opinion', 'III'],
  ['聊城市医保报销延迟投诉', '371500', 6, 'opinion', 'III'],
  ['济南市教育局招生政策解读争议', '370100-jyj', 26, 'opinion', 'IV'],
  ['青岛市卫健委疫苗接种预约问题', '370200-wjw', 0.5, 'opinion', 'III'],
  ['菏泽市一工地塔吊倒塌', '371700', 4.5, 'incident', 'II'],
]

const { app, base, close } = await startShotsServer('cases-admin')
const post = (url: string, body: unknown, method = 'POST') => fetch(`${base}${url}`, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

for (const [title, unit_id, hoursAgo, kind, level, extra] of CASES) {
  const item = await insertItem(app, new Date(Date.now() - hoursAgo * HOUR_MS), title, unit_id)
  const res = await post('/api/cases', { title, kind, level, unit_id, item_ids: [item], ...extra })
  const { id } = (await res.json()) as { id: number }
  // A few deadlines met, so the rows show ✓ as well as countdowns.
  if (title.startsWith('潍坊') || title.startsWith('临沂')) await post(`/api/cases/${id}/events`, { type: 'response', at: new Date(Date.now() - HOUR_MS).toISOString(), url: 'https://www.example.gov.cn/r' })
}
await addUser(app.db, { username: 'lixia', password: SHOTS_PASSWORD, role: 'unit', unit_id: '370102' }, 'screenshots')
await addUser(app.db, { username: 'zhiban01', password: SHOTS_PASSWORD, role: 'operator' }, 'screenshots')
await addUser(app.db, { username: 'kaohe', password: SHOTS_PASSWORD, role: 'reviewer' }, 'screenshots')
await post('/api/users/kaohe', { disabled: true }, 'PATCH')
await post('/api/display-tokens', { name: '省政府值班室大屏' })
await post('/api/units/370100', { duty_phone: '0531-51705000', contact_person: '王立新' }, 'PATCH')
await post('/api/units/370102', { duty_phone: '0531-86061234', contact_person: '张伟' }, 'PATCH')

const browser = await launchChromium()
fs.mkdirSync('docs/screenshots', { recursive: true })
try {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' })
  const shoot = async (name: string) => {
    await page.screenshot({ path: `docs/screenshots/${name}.png` })
    console.log(`docs/screenshots/${name}.png`)
  }
  await page.goto(`${base}/cases`)
  await page.getByTestId('case-row').first().waitFor()
  await shoot('cases')
  await page.goto(`${base}/admin/users`)
  await page.getByTestId('user-row').first().waitFor()
  await page.getByTestId('token-name').fill('历下区指挥中心大屏')
  await page.getByTestId('token-create').click()
  await page.getByTestId('token-fresh').waitFor()
  await shoot('admin-users')
  await page.goto(`${base}/admin/units`)
  await page.locator('[data-unit-node="370100"] > .row [data-testid=unit-toggle]').click()
  await page.locator('[data-unit-node="370102"]').waitFor()
  await shoot('admin-units')
  await page.goto(`${base}/admin/policy`)
  await page.getByTestId('policy-row').first().waitFor()
  await shoot('admin-policy')
} finally {
  await browser.close()
  await close()
}
