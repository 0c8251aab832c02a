import { describe, expect, it, onTestFinished } from 'vitest'
import type { Department } from '@shared/types/department.ts'
import { launchChromium } from '../helpers/browser.ts'
import { apiAs, insertStory, signInOperators } from '../helpers/triage-fixtures.ts'
import { startTestApp } from '../helpers/test-app.ts'

describe('/admin/departments corrections in Chromium', () => {
  it('lists the operators’ corrections with the misleading words, and 采纳 puts the proposed term into the draft and its preview', async () => {
    const t = await startTestApp()
    const [op] = await signInOperators(t, ['zhangsan'])
    // Three 露天烧烤 stories the tagging gave to 城管; the operator opened each for 生态环境局.
    for (const title of ['历下区夜市露天烧烤冒黑烟', '历下区一小区旁露天烧烤扰民', '历下区夜市烧烤油烟呛人']) {
      const story = await insertStory(t.app, { title, summary: '居民反映露天烧烤', department: { id: 'cgj', name: '城市管理局', terms: ['夜市'] }, unitId: '370102-cgj' })
      const res = await apiAs(t, op!, 'POST', '/api/triage/open', { story_ids: [story], case: { title, kind: 'opinion', level: 'IV', unit_id: '370102-sthjj' } })
      expect(res.status).toBe(201)
    }

    const browser = await launchChromium()
    onTestFinished(() => browser.close())
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
    await page.goto(`${t.baseUrl}/admin/departments`)
    await page.locator('[data-testid=departments-page][data-state=ready]').waitFor()
    const panel = page.locator('[data-testid=corrections][data-state=ready]')
    await panel.waitFor()
    const group = panel.locator('[data-testid=correction-department][data-from=cgj][data-to=sthjj]')
    expect(await group.textContent()).toMatch(/城市管理局\s*→\s*生态环境局\s*3 次/)
    expect(await group.textContent()).toContain('夜市（3）')
    const proposal = group.locator('[data-testid=proposed-term][data-term=烧烤]')
    expect(await proposal.textContent()).toContain('烧烤（3）')
    await page.screenshot({ path: 'test-results/admin-departments-corrections.png' })

    // 采纳: the term joins 生态环境局's draft, the editor opens on it, and the preview runs.
    await proposal.getByRole('button', { name: '采纳' }).click()
    expect(await proposal.getByRole('button').textContent()).toContain('已加入草稿')
    const editor = page.locator('[data-testid=department-editor][data-department=sthjj]')
    await editor.waitFor()
    const terms = await editor.locator('input[name=term]').evaluateAll((inputs) => inputs.map((i) => (i as unknown as { value: string }).value))
    expect(terms).toContain('烧烤')
    await expect.poll(() => page.getByTestId('preview').getAttribute('data-state'), { timeout: 20_000 }).toBe('ready')
    // Nothing is applied until the admin applies it.
    const stored = ((await (await fetch(`${t.baseUrl}/api/departments`)).json()) as { departments: Department[] }).departments
    expect(stored.find((d) => d.id === 'sthjj')!.terms.some((x) => x.text === '烧烤')).toBe(false)
  })
})
