import { describe, expect, it, onTestFinished } from 'vitest'
import type { Item } from '@shared/types/item.ts'
import { launchChromium } from '../helpers/browser.ts'
import { startFeedServer } from '../helpers/feed-server.ts'
import { startTestApp } from '../helpers/test-app.ts'
import { pageAs, storyRow } from '../helpers/triage-browser.ts'
import { signInOperators } from '../helpers/triage-fixtures.ts'

describe('a place settled by the outlet in triage', () => {
  it('shows the self-reference and the outlet beside the place, as less sure than a named one', async () => {
    const feed = await startFeedServer()
    const t = await startTestApp()
    const [op] = await signInOperators(t, ['zhangsan'])
    feed.publish({ guid: 'o-1', title: '八级狂风突袭我市 低洼路段水流成河', description: '本报讯 昨晚，八级狂风裹挟着暴雨突袭我市。' })
    const post = (path: string, body: unknown) => fetch(t.baseUrl + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    const source = (await (await post('/api/sources', { name: '青岛日报', url: feed.url(), interval_s: 600 })).json()) as { id: number }
    await post(`/api/sources/${source.id}/poll`, {})
    const item = ((await (await fetch(`${t.baseUrl}/api/items`)).json()) as { items: Item[] }).items[0]!
    const browser = await launchChromium({ anonymous: true })
    onTestFinished(() => browser.close())
    const page = await pageAs(browser, t, op!, '/triage')
    const row = storyRow(page, item.story_id!)
    await row.waitFor()
    expect(await row.getByTestId('row-place-why').textContent()).toBe('（我市 + 来源 青岛日报）')
    expect(await row.getByTestId('row-place').textContent()).toMatch(/^青岛市（我市 \+ 来源 青岛日报）把握 45%$/)
  })
})
