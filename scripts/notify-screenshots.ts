/**
 * `npx tsx scripts/notify-screenshots.ts`: two loopback receivers (one accepts, one refuses with
 * HTTP 401), channels for the provincial duty group and three units, overdue cases forwarded to
 * those units, then Chromium screenshots at 1920×1080 of /admin/notifications, a unit's channel
 * form on /admin/units and the wall with its 已通知 / 未送达 marks, under docs/screenshots/.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { launchChromium } from '../test/helpers/browser.ts'
import { HOUR_MS, insertItem } from '../test/helpers/case-fixtures.ts'
import { startShotsServer } from './lib/shots-server.ts'

async function receiver(status: number, body: string): Promise<{ url: string; close: () => void }> {
  const server = http.createServer((req, res) => req.resume().on('end', () => res.writeHead(status, { 'content-type': 'application/json' }).end(body)))
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, close: () => server.close() }
}

const ok = await receiver(204, '')
const refused = await receiver(401, '{"code":"bad_signature","message":"signature mismatch"}')
const { app, base, close } = await startShotsServer('notify', { YQ_ALLOW_PRIVATE_FEEDS: '1', YQ_NOTIFY_TICK_MS: '200' })
const send = async (url: string, body: unknown, method = 'POST') => {
  const res = await fetch(`${base}${url}`, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`)
  return (await res.json()) as { id: number }
}
const channel = (owner_type: string, owner_id: string, name: string, url: string) => send('/api/notify/channels', { owner_type, owner_id, kind: 'webhook', name, config: { url, secret: 'whsec-screenshots' } })

await channel('duty_group', 'province', '省政府办公厅值班平台', ok.url)
await channel('duty_group', 'province', '备用推送网关', refused.url)
await channel('unit', '370102', '历下区值班群', ok.url)
await channel('unit', '370211', '黄岛区应急值守平台', refused.url)
await send('/api/notify/rules?owner_type=unit&owner_id=370102', { causes: ['forwarded', 'due_soon', 'overdue', 'still_overdue', 'escalated', 'level_raised'], min_interval_min: 30, quiet_hours: { start: '22:00', end: '07:00' }, include_closed: false }, 'PUT')

/** [title, unit, hours since first seen, kind, level, forwarded] */
const CASES: [string, string, number, 'incident' | 'opinion', string, boolean][] = [
  ['济南市历下区一化工厂发生爆炸', '370102', 7, 'incident', 'II', true],
  ['青岛市黄岛区港口危化品泄漏传言', '370211', 6, 'incident', 'I', true],
  ['烟台市芝罘区一小区停水超过两天', '370602', 50, 'opinion', 'III', true],
  ['淄博市烧烤街区食品安全投诉', '370300', 30, 'opinion', 'III', false],
  ['潍坊市一学校食堂餐食质量问题', '370700', 20, 'opinion', 'IV', false],
  ['济宁市暴雨致部分路段积水', '370800', 2, 'incident', 'III', false],
]
for (const [title, unit_id, hoursAgo, kind, level, forwarded] of CASES) {
  const item = await insertItem(app, new Date(Date.now() - hoursAgo * HOUR_MS), title, unit_id)
  const { id } = await send('/api/cases', { title, kind, level, unit_id, item_ids: [item] })
  if (forwarded) await send(`/api/cases/${id}/events`, { type: 'forwarded', at: new Date(Date.now() - 20 * 60_000).toISOString(), unit_id })
}
// Let the dispatcher deliver (and fail) what the 转办 wrote.
for (let i = 0; i < 50; i++) {
  const { deliveries } = (await (await fetch(`${base}/api/notify/deliveries?status=pending`)).json()) as { deliveries: unknown[] }
  if (deliveries.length === 0) break
  await new Promise((r) => setTimeout(r, 200))
}

const browser = await launchChromium()
fs.mkdirSync('docs/screenshots', { recursive: true })
try {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' })
  const shoot = async (name: string) => {
    await page.screenshot({ path: `docs/screenshots/${name}.png` })
    console.log(`docs/screenshots/${name}.png`)
  }
  await page.goto(`${base}/admin/notifications`)
  await page.getByTestId('delivery-row').first().waitFor()
  const backup = page.getByTestId('channel-row').filter({ hasText: '备用推送网关' })
  await backup.getByTestId('channel-row-test').click()
  await backup.locator('[data-testid=channel-test-result][data-state=failed]').waitFor()
  await shoot('admin-notifications')

  await page.goto(`${base}/admin/units`)
  await page.getByTestId('unit-search').fill('历下区')
  const entry = page.locator('[data-testid=unit-results] [data-unit-id="370102"]')
  await entry.getByTestId('unit-notify').click()
  await entry.getByTestId('channel-edit').click()
  await entry.getByTestId('channel-test').click()
  await entry.locator('[data-testid=channel-test-result][data-state=ok]').waitFor()
  await shoot('admin-units-notify')

  await page.goto(`${base}/wall`)
  await page.getByTestId('tile-reach').first().waitFor()
  await page.locator('[data-testid=connection-state].live').waitFor({ timeout: 20_000 })
  await page.waitForTimeout(1000)
  await shoot('wall-reach')
} finally {
  await browser.close()
  await close()
  ok.close()
  refused.close()
}
