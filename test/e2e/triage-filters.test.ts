import { describe, expect, it, onTestFinished } from 'vitest'
import { launchChromium } from '../helpers/browser.ts'
import { startTestApp } from '../helpers/test-app.ts'
import { storyRow } from '../helpers/triage-browser.ts'
import { insertStory } from '../helpers/triage-fixtures.ts'

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>&lt;b&gt;食堂'

describe('triage filters in Chromium', () => {
  it('TriageView: a link with filters shows only matching stories, survives a reload, and renders hostile text as text', async () => {
    const t = await startTestApp()
    const hour = 3_600_000
    const water = await insertStory(t.app, { title: '历下区居民小区供水管道爆裂', firstSeenAt: new Date(Date.now() - hour) })
    const school = await insertStory(t.app, {
      title: HOSTILE,
      summary: '家长反映<b>饭菜</b>变质 <a href="javascript:alert(1)">链接</a>',
      department: { id: 'jyt', name: '教育', terms: ['学校', '食堂'] },
      city: '青岛市',
      county: '黄岛区',
      sourceName: '大众网',
      level: 'IV',
      firstSeenAt: new Date(Date.now() - 2 * hour),
    })
    const oldSchool = await insertStory(t.app, { title: '青岛市黄岛区学校食堂涨价', department: { id: 'jyt', name: '教育', terms: ['学校'] }, city: '青岛市', county: '黄岛区', firstSeenAt: new Date(Date.now() - 72 * hour) })
    const browser = await launchChromium()
    onTestFinished(() => browser.close())
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } })
    const listed = async () => (await page.getByTestId('triage-row').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-story'))))).sort((a, b) => a - b)

    // 1. Department, city and level from the link; only the hostile-titled school story matches the time range.
    const since = new Date(Date.now() - 24 * hour + 8 * hour).toISOString().slice(0, 16)
    await page.goto(`${t.baseUrl}/triage?dept=jyt&city=${encodeURIComponent('青岛市')}&since=${since}`)
    await expect.poll(listed).toEqual([school])
    expect(await page.locator('select[name=dept]').inputValue()).toBe('jyt')
    expect(await page.locator('select[name=city]').inputValue()).toBe('青岛市')
    expect(await page.locator('input[name=since]').inputValue()).toBe(since)

    // 2. Hostile text is shown character for character, nothing in it runs or becomes an element.
    const row = storyRow(page, school)
    expect(await row.getByTestId('row-title').textContent()).toBe(HOSTILE)
    expect(await row.getByTestId('row-summary').textContent()).toBe('家长反映<b>饭菜</b>变质 <a href="javascript:alert(1)">链接</a>')
    expect(await row.locator('img, script, b, a').count()).toBe(0)
    expect(await row.getByTestId('row-title').locator('mark').allTextContents()).toEqual(['食堂'])
    expect(await page.evaluate('window.__pwned')).toBeUndefined()

    // 3. A filter changed on the page goes into the link; a reload shows the same view.
    await page.locator('select[name=level]').selectOption('IV')
    await expect.poll(() => new URL(page.url()).searchParams.get('level')).toBe('IV')
    await page.locator('input[name=since]').fill('')
    await page.locator('input[name=since]').dispatchEvent('change')
    await expect.poll(() => new URL(page.url()).searchParams.has('since')).toBe(false)
    await page.reload()
    await expect.poll(listed).toEqual([school])
    expect(await page.locator('select[name=level]').inputValue()).toBe('IV')

    // 4. Keyword search through the index: the search words are marked in the text; the URL keeps them.
    await page.goto(`${t.baseUrl}/triage?q=${encodeURIComponent('食堂')}&sort=severe`)
    await expect.poll(listed).toEqual([school, oldSchool])
    expect(await page.getByTestId('triage-row').first().getAttribute('data-story')).toBe(String(school))
    expect(await storyRow(page, oldSchool).getByTestId('row-title').locator('mark').allTextContents()).toContain('食堂')
    await page.locator('input[name=q]').fill('供水')
    await page.keyboard.press('Enter')
    await expect.poll(listed).toEqual([water])
    expect(new URL(page.url()).searchParams.get('q')).toBe('供水')

    // 5. A broken link is not a broken page: bad values are dropped, the unfiltered queue shows.
    await page.goto(`${t.baseUrl}/triage?level=V&source=abc&since=yesterday&sort=random&q=${'长'.repeat(300)}`)
    await expect.poll(async () => (await listed()).length).toBe(0)
    await page.goto(`${t.baseUrl}/triage?level=V&source=abc&since=yesterday&sort=random`)
    await expect.poll(listed).toEqual([water, school, oldSchool].sort((a, b) => a - b))
  })
})
