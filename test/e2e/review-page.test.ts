import os from 'node:os'
import path from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { formatDurationZh, formatRateWithCounts } from '@shared/review/format.ts'
import type { TimelinessReport } from '@shared/api/review.ts'
import type { Case } from '@shared/types/case.ts'
import { launchChromium } from '../helpers/browser.ts'
import { api } from '../helpers/case-fixtures.ts'
import { fileEvent, openCase, seeded, startReviewApp } from '../helpers/review-fixtures.ts'
import { buildScenario, SCENARIO_FROM, SCENARIO_TO } from '../helpers/review-scenario.ts'

type Report = TimelinessReport & { on_time_target: number }
const pct = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 10)
const rateText = (g: { on_time_rate: number | null; met_on_time: number; due: number }) => formatRateWithCounts({ ...g, counted: g.due })

describe('review page in Chromium', () => {
  // 40 cases through HTTP plus a browser: give it room on a loaded 2-core machine.
  it('ReviewView shows charts and a table that agree with the API to the number, and drills into cases when clicked', { timeout: 120_000 }, async () => {
    const { baseUrl } = await startReviewApp(seeded(3))
    await buildScenario(baseUrl)
    const period = `from=${encodeURIComponent(SCENARIO_FROM)}&to=${encodeURIComponent(SCENARIO_TO)}`
    const byUnit = (await api<Report>(baseUrl, 'GET', `/api/review/timeliness?${period}&by=unit`)).body

    const browser = await launchChromium()
    onTestFinished(() => browser.close())
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } })
    await page.goto(`${baseUrl}/review?preset=custom&${period}`)
    const table = page.getByTestId('review-table')
    await table.waitFor()
    expect(await page.getByTestId('review-range').textContent()).toBe('2026-11-02 至 2026-11-15（北京时间，含首尾两日）')

    // 1. Every table cell, from the API's figures.
    const rowsOnPage = () => table.locator('tr.group').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.replace(/^[▸▾]\s*/, '').trim())))
    const expectedRows = (r: Report) =>
      r.groups.map((g, i) => [String(i + 1), g.name, String(g.cases), String(g.due), String(g.met_on_time), String(g.met_late), String(g.overdue), rateText(g), formatDurationZh(g.median_ms_to_meet), formatDurationZh(g.p90_ms_to_meet), String(g.flags_total), String(g.checks_failed), String(g.returns), String(g.extensions)])
    expect(await rowsOnPage()).toEqual(expectedRows(byUnit))
    expect(await rowsOnPage().then((rows) => rows.map((r) => r[7]))).toEqual(['100.0%（8/8）', '88.9%（8/9）', '71.4%（5/7）', '66.7%（8/12）', '60.0%（3/5）', '50.0%（2/4）'])
    // One vocabulary, and the rate with its counts.
    expect(await page.getByTestId('review-summary').textContent()).toBe('应办 45 项 · 按时办结 34 · 超时办结 6 · 超时未办 5 · 未到期 0（不计入） · 按时率 75.6%（34/45）')
    const total = await table.locator('tfoot td').allTextContents()
    expect(total.slice(1)).toEqual(['合计', '37', '45', '34', '6', '5', '75.6%（34/45）', '20小时0分', '47小时0分', '3', '0', '0', '0'])

    // 2. Every charted value, from the API's figures.
    const chart = async (id: string) => JSON.parse((await page.getByTestId(id).locator('.base-chart').getAttribute('data-chart'))!) as { labels: (string | string[])[]; series: { label: string; data: (number | null)[] }[] }
    const rate = await chart('chart-rate')
    // Each bar is labelled with its unit and the rate with its counts.
    expect(rate.labels).toEqual(byUnit.groups.map((g) => [g.name, rateText(g)]))
    expect(rate.series[0]!.data).toEqual(byUnit.groups.map((g) => pct(g.on_time_rate)))
    expect(rate.series[0]!.data).toEqual([100, 88.9, 71.4, 66.7, 60, 50])
    expect(rate.series[1]).toEqual({ label: '目标 90%', data: [90, 90, 90, 90, 90, 90] })
    const ttm = await chart('chart-ttm')
    expect(ttm.labels).toEqual(['1小时内', '1–5小时', '5–24小时', '24–48小时', '48小时以上'])
    expect(ttm.series.map((s) => [s.label, s.data])).toEqual([
      ['发布权威信息', byUnit.time_to_meet.authoritative_info],
      ['举行新闻发布会', byUnit.time_to_meet.press_conference],
      ['回应', byUnit.time_to_meet.response],
      ['持续发布', byUnit.time_to_meet.follow_up],
      ['签收', byUnit.time_to_meet.acknowledgement],
    ])
    const trend = await chart('chart-trend')
    expect(trend.labels).toEqual([
      ['11-02起', '76.9%（20/26）'],
      ['11-09起', '73.7%（14/19）'],
    ])
    expect(trend.series[0]!.data).toEqual(byUnit.weeks.map((w) => pct(w.on_time_rate)))
    expect(trend.series[0]!.data).toEqual([76.9, 73.7])

    // 3. Drill-down: a unit's cases, then one case's timeline, with a link to the case page.
    await table.locator('[data-group="370100-yjj"]').click()
    const cases = page.getByTestId('group-cases').locator(':scope > li')
    expect(await cases.evaluateAll((lis) => lis.map((li) => Number(li.getAttribute('data-case'))))).toEqual(byUnit.cases.filter((c) => c.group === '370100-yjj').map((c) => c.id))
    const case18 = page.locator('[data-case="18"]')
    expect(await case18.locator('[data-outcome=overdue]').count()).toBe(2)
    expect(await case18.locator('[data-outcome=overdue] b').first().textContent()).toBe('超时未办 211小时0分')
    expect(await case18.getByTestId('case-link').getAttribute('href')).toBe('/cases/18')
    await case18.getByTestId('toggle-timeline').click()
    await expect.poll(() => case18.getByTestId('case-timeline').textContent()).toContain('处置不得力')

    // 4. Another grouping: the same charts update in place (same canvas) to the API's new figures.
    await page.evaluate(`document.querySelector('[data-testid=chart-rate] canvas').dataset.marker = 'kept'`)
    await page.locator('select[name=by]').selectOption('city')
    const byCity = (await api<Report>(baseUrl, 'GET', `/api/review/timeliness?${period}&by=city`)).body
    await expect.poll(rowsOnPage).toEqual(expectedRows(byCity))
    await expect.poll(async () => (await chart('chart-rate')).series[0]!.data).toEqual([81.3, 80, 60, 50])
    expect(await page.evaluate(`document.querySelector('[data-testid=chart-rate] canvas').dataset.marker`)).toBe('kept')

    // 5. Issuing the period's bulletin lists version 1; issuing it again unchanged is refused with the reason.
    const issued = page.getByTestId('issued-bulletins')
    expect(await issued.textContent()).toContain('本期间尚未印发通报')
    await page.getByTestId('issue-bulletin').click()
    await expect.poll(() => issued.locator('li[data-version="1"] a').first().getAttribute('href')).toContain('version=1')
    await page.getByTestId('issue-bulletin').click()
    await expect.poll(() => page.getByTestId('issue-error').textContent()).toContain('没有需要更正的内容')
    expect(await issued.locator('li').count()).toBe(1)

    // 6. A reversed custom period is refused on the page; a preset is put in the URL.
    await page.locator('input[name=first]').fill('2026-11-20')
    await page.getByTestId('apply-custom').click()
    await expect.poll(() => page.getByTestId('period-invalid').textContent()).toContain('请选择有效的起止日期')
    await page.locator('[data-preset=month]').click()
    await expect.poll(() => page.url()).toContain('preset=month')
    await expect.poll(() => page.getByTestId('review-summary').isVisible()).toBe(true)
  })

  it('shows each unit\'s 退回 and approved 延期 in its row and the total: one of each is 1 and 1', { timeout: 90_000 }, async () => {
    const { baseUrl } = await startReviewApp(seeded(3))
    const now = Date.now()
    const iso = (t: number) => new Date(t).toISOString()
    // 历下区 asks for a 延期 of its 回应 and the office approves it.
    const own = await openCase(baseUrl, { title: '历下区芙蓉街商户占道经营', unit_id: '370102', clock_start: iso(now - 40 * 3_600_000) })
    const response = (await api<Case>(baseUrl, 'GET', `/api/cases/${own}`)).body.deadlines.find((d) => d.kind === 'response')!
    const asked = await api<Case>(baseUrl, 'POST', `/api/cases/${own}/events`, { type: 'extension_requested', deadline_kind: 'response', deadline_index: 0, to: iso(Date.parse(response.due_at) + 86_400_000), reason: '需会同住建部门现场核查' })
    const requestId = asked.body.timeline.find((e) => e.type === 'extension_requested')!.id
    expect((await api(baseUrl, 'POST', `/api/cases/${own}/events`, { type: 'extension_decided', request_id: requestId, decision: 'approved' })).status).toBe(201)
    // 济南市应急管理局 forwards a case to 历下区, which returns it.
    const forwarded = await openCase(baseUrl, { title: '历下区一工地夜间施工扰民', unit_id: '370100-yjj', clock_start: iso(now - 2 * 3_600_000) })
    await fileEvent(baseUrl, forwarded, 'forwarded', iso(now - 10 * 60_000), { unit_id: '370102' })
    expect((await api(baseUrl, 'POST', `/api/cases/${forwarded}/events`, { type: 'returned', reason: '涉事工地属市级重点工程' })).status).toBe(201)

    const browser = await launchChromium()
    onTestFinished(() => browser.close())
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
    await page.goto(`${baseUrl}/review?preset=custom&from=${encodeURIComponent(iso(now - 3 * 86_400_000))}&to=${encodeURIComponent(iso(now + 4 * 86_400_000))}`)
    const table = page.getByTestId('review-table')
    await table.waitFor()
    const counts = (row: string) => table.locator(row).evaluate((tr) => [tr.querySelector('[data-testid=returns]')!.textContent, tr.querySelector('[data-testid=extensions]')!.textContent])
    expect(await table.locator('thead th').allTextContents()).toEqual(expect.arrayContaining(['退回', '延期']))
    expect(await counts('tr.group[data-group="370102"]')).toEqual(['1', '1'])
    expect(await counts('tr.group[data-group="370100-yjj"]')).toEqual(['0', '0'])
    expect(await counts('tfoot tr')).toEqual(['1', '1'])
    await page.screenshot({ path: path.join(os.tmpdir(), 'yq-review-returns-extensions.png') })
  })
})
