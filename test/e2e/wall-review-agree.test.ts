import { describe, expect, it, onTestFinished } from 'vitest'
import { launchChromium } from '../helpers/browser.ts'
import { seeded } from '../helpers/review-fixtures.ts'
import { buildScenario, SCENARIO_TO } from '../helpers/review-scenario.ts'
import { startTestApp, tempDataDir } from '../helpers/test-app.ts'

/** Thursday 2026-11-12 12:00 北京时间, inside the scenario's second week. */
const NOW = new Date('2026-11-12T04:00:00.000Z')
const WEEK_FROM = '2026-11-08T16:00:00.000Z'

describe('wall and review pages in Chromium', () => {
  it('the wall\'s 本周按时率 row of a unit reads exactly as the review page\'s rate for that unit and week', { timeout: 120_000 }, async () => {
    const { baseUrl } = await startTestApp({}, tempDataDir('yq-agree-e2e-'), { random: seeded(2), now: () => NOW })
    await buildScenario(baseUrl)
    const browser = await launchChromium()
    onTestFinished(() => browser.close())

    const wall = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
    await wall.goto(`${baseUrl}/wall`)
    const rows = wall.getByTestId('on-time').locator('li[data-unit]')
    await rows.first().waitFor()
    const onWall = await rows.evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-unit')!, li.querySelector('.unit')!.textContent!, li.querySelector('.figure')!.textContent!]))
    expect(onWall.length).toBeGreaterThan(1)
    // Counts beside every percentage; worst first.
    for (const [, , figure] of onWall) expect(figure).toMatch(/^\d+\.\d%（\d+\/\d+）$/)
    // Figures at label size from three metres (docs/wall.md: labels ≥ 24 px at 1080p).
    const size = (await wall.evaluate(`parseFloat(getComputedStyle(document.querySelector('[data-testid=on-time] li .figure')).fontSize)`)) as number
    expect(size).toBeGreaterThanOrEqual(24)

    const review = await browser.newPage({ viewport: { width: 1600, height: 1000 } })
    await review.goto(`${baseUrl}/review?preset=custom&from=${encodeURIComponent(WEEK_FROM)}&to=${encodeURIComponent(SCENARIO_TO)}&by=unit`)
    await review.getByTestId('review-table').waitFor()
    for (const [unit, name, figure] of onWall) {
      const row = review.locator(`tr.group[data-group="${unit}"]`)
      expect(await row.locator('td.name').textContent()).toContain(name)
      expect(await row.locator('td.rate').textContent()).toBe(figure)
    }
    // 济南市应急管理局: 3 of 4 counted on time, one met before it fell due (the wall used to leave it out).
    expect(await review.locator('tr.group[data-group="370100-yjj"] td.rate').textContent()).toBe('75.0%（3/4）')
  })
})
