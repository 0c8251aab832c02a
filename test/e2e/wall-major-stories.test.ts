import { describe, expect, it, onTestFinished } from 'vitest'
import { launchChromium } from '../helpers/browser.ts'
import { startFeedServer } from '../helpers/feed-server.ts'
import { makeRoleWorld } from '../helpers/roles.ts'
import { startTestApp } from '../helpers/test-app.ts'

describe('/wall: 待研判 重大', () => {
  it('a level II story nobody has triaged shows at once as a banner on a kiosk, and leaves when an operator dismisses it', async () => {
    const feed = await startFeedServer()
    feed.publish({ guid: 'calm', title: '淄博市张店区供暖管网改造完工' })
    const t = await startTestApp()
    const world = await makeRoleWorld(t)
    const created = await fetch(`${t.baseUrl}/api/sources`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: '齐鲁测试源', url: feed.url(), interval_s: 60 }) })
    const source = (await created.json()) as { id: number }
    const poll = () => fetch(`${t.baseUrl}/api/sources/${source.id}/poll`, { method: 'POST' })
    await poll()

    const browser = await launchChromium({ anonymous: true })
    onTestFinished(() => browser.close())
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
    await page.goto(`${t.baseUrl}/wall?token=${encodeURIComponent(world.display.secret)}`)
    await expect.poll(() => page.getByTestId('connection-state').textContent()).toContain('实时')
    await expect.poll(() => page.getByTestId('wall-item').allTextContents()).toContainEqual(expect.stringContaining('淄博市张店区供暖管网改造完工'))
    // An ordinary item raises no alarm.
    expect(await page.getByTestId('major-banner').count()).toBe(0)

    feed.publish({ guid: 'flood', title: '枣庄市山亭区一煤矿发生透水事故 已致10人死亡', description: '事故造成10人死亡，救援仍在进行。' })
    await poll()
    await expect.poll(() => page.getByTestId('major-story').allTextContents(), { timeout: 10_000 }).toEqual([expect.stringMatching(/^Ⅱ 重大.*煤矿发生透水事故 已致10人死亡/)])
    expect(await page.getByTestId('major-banner').textContent()).toContain('待研判 重大')

    const storyId = Number(await page.getByTestId('major-story').getAttribute('data-story-id'))
    const dismissed = await fetch(`${t.baseUrl}/api/triage/dismiss`, { method: 'POST', headers: { ...world.headers('operator', 'POST'), 'content-type': 'application/json' }, body: JSON.stringify({ story_ids: [storyId], reason: '已由应急部门处置，非舆情' }) })
    expect(dismissed.status).toBe(200)
    await expect.poll(() => page.getByTestId('major-banner').count(), { timeout: 10_000 }).toBe(0)
  })
})
