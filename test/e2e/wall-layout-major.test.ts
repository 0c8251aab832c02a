import { describe, expect, it, onTestFinished } from 'vitest'
import { seedDemoCases } from '../../scripts/lib/demo-cases.ts'
import { launchChromium } from '../helpers/browser.ts'
import { startFeedServer } from '../helpers/feed-server.ts'
import { startTestApp } from '../helpers/test-app.ts'

/** Whether the page scrolls, and for each tile whether it or any of its parts runs past the screen or the tile's edge. */
const FIT = `(() => {
  const se = document.scrollingElement
  const tiles = [...document.querySelectorAll('[data-testid=case-tile]')]
  return {
    scrolls: se.scrollHeight > innerHeight + 1 || se.scrollWidth > innerWidth + 1,
    tiles: tiles.length,
    offScreen: tiles.filter((t) => t.getBoundingClientRect().bottom > innerHeight).length,
    spilling: tiles.filter((t) => {
      const box = t.getBoundingClientRect()
      return [...t.querySelectorAll('header, .deadlines, footer')].some((part) => part.getBoundingClientRect().bottom > box.bottom - 2)
    }).length,
    overflowBottom: document.querySelector('[data-testid=case-overflow]')?.getBoundingClientRect().bottom ?? null,
  }
})()`

interface Fit {
  scrolls: boolean
  tiles: number
  offScreen: number
  spilling: number
  overflowBottom: number | null
}

describe('/wall layout with the 待研判 重大 banner showing', () => {
  it.each([
    // Landscape: the banner takes a row of tiles; two columns beside the map and charts.
    [1920, 1080, '', 6, 4],
    [3840, 2160, '', 6, 4],
    // Portrait keeps its three rows of two: the banner's height comes out of the tiles' own.
    [1080, 1920, '?layout=portrait', 6, 6],
  ])('at %i×%i%s the board goes from %i tiles to %i, every one whole, nothing spilling, the rest summarised', { timeout: 120_000 }, async (width, height, query, before, after) => {
    const feed = await startFeedServer()
    feed.publish({ guid: 'calm', title: '淄博市张店区供暖管网改造完工' })
    const t = await startTestApp()
    await seedDemoCases(t.baseUrl, new Date())
    const created = await fetch(`${t.baseUrl}/api/sources`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: '齐鲁测试源', url: feed.url(), interval_s: 60 }) })
    const source = (await created.json()) as { id: number }
    const poll = () => fetch(`${t.baseUrl}/api/sources/${source.id}/poll`, { method: 'POST' })
    await poll()

    const browser = await launchChromium()
    onTestFinished(() => browser.close())
    const page = await browser.newPage({ viewport: { width, height } })
    await page.goto(`${t.baseUrl}/wall${query}`)
    await expect.poll(() => page.getByTestId('case-tile').count(), { timeout: 15_000 }).toBe(before)
    expect(await page.getByTestId('major-banner').count()).toBe(0)

    feed.publish({ guid: 'flood', title: '枣庄市山亭区一煤矿发生透水事故 已致10人死亡', description: '事故造成10人死亡，救援仍在进行。' })
    await poll()
    await page.getByTestId('major-banner').waitFor({ timeout: 15_000 })
    await expect.poll(() => page.getByTestId('case-tile').count()).toBe(after)
    const fit = (await page.evaluate(FIT)) as Fit
    expect(fit).toMatchObject({ scrolls: false, tiles: after, offScreen: 0, spilling: 0 })
    // The tiles no longer shown are counted in the summary line, which is itself on the screen.
    expect(await page.getByTestId('case-overflow').textContent()).toMatch(/另有 \d+ 件，最近截止 .+/)
    expect(fit.overflowBottom).not.toBeNull()
    expect(fit.overflowBottom!).toBeLessThanOrEqual(height)
  })
})
