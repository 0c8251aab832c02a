import { describe, expect, it, onTestFinished } from 'vitest'
import type { Department } from '@shared/types/department.ts'
import { launchChromium } from '../helpers/browser.ts'
import { startFeedServer } from '../helpers/feed-server.ts'
import { connectSocket, nextEvent } from '../helpers/socket-client.ts'
import { startTestApp } from '../helpers/test-app.ts'

describe('/admin/departments in Chromium', () => {
  it('refuses an empty term beside the field, previews the re-tag count, applies with progress, and the count is what was re-tagged', async () => {
    const feed = await startFeedServer()
    for (const [guid, title] of [
      ['l1', '济南市历下区一小学午餐分量不足引家长关注'],
      ['l2', '淄博市张店区一学校食堂午餐被指价格偏高'],
      ['l3', '临沂市一幼儿园午餐变质 家长投诉'],
      ['f1', '青岛市黄岛区一化工厂发生火灾'],
    ]) feed.publish({ guid: guid!, title: title! })
    const { baseUrl } = await startTestApp()
    const post = (path: string, body: unknown) => fetch(baseUrl + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    const source = (await (await post('/api/sources', { name: 's', url: feed.url(), interval_s: 600 })).json()) as { id: number }
    await post(`/api/sources/${source.id}/poll`, {})
    const socket = await connectSocket(baseUrl)

    const browser = await launchChromium()
    onTestFinished(() => browser.close())
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
    await page.goto(`${baseUrl}/admin/departments`)
    await page.locator('[data-testid=departments-page][data-state=ready]').waitFor()
    await page.locator('[data-testid=department-list] [data-department=scjgj]').click()
    const editor = page.locator('[data-testid=department-editor][data-department=scjgj]')
    await editor.waitFor()
    const addTerm = editor.getByTestId('add-term')

    // 1. An empty term is refused beside the field; the weight typed stays.
    await addTerm.locator('input[name=new-term]').fill('   ')
    await addTerm.locator('input[name=new-weight]').fill('30')
    await addTerm.getByRole('button').click()
    expect(await editor.getByTestId('new-term-error').textContent()).toBe('关键词不能为空')
    expect(await addTerm.locator('input[name=new-weight]').inputValue()).toBe('30')

    // 2. Clearing an existing term marks that row and holds the preview back.
    const firstTerm = editor.getByTestId('term-row').first().locator('input[name=term]')
    const original = await firstTerm.inputValue()
    await firstTerm.fill('')
    expect(await editor.getByTestId('term-error').textContent()).toBe('关键词不能为空')
    await expect.poll(() => page.getByTestId('preview').getAttribute('data-state')).toBe('invalid')
    expect(await page.getByTestId('apply').isDisabled()).toBe(true)
    await firstTerm.fill(original)

    // 3. A real term: the live preview names the count and the moved items.
    await addTerm.locator('input[name=new-term]').fill('午餐')
    await addTerm.getByRole('button').click()
    const count = page.getByTestId('preview-count')
    await expect.poll(() => count.getAttribute('data-changed'), { timeout: 20_000 }).not.toBeNull()
    const promised = Number(await count.getAttribute('data-changed'))
    expect(promised).toBe(3)
    expect(await count.textContent()).toContain('此修改将重新标注近 7 天的 3 条信息')
    const samples = page.getByTestId('preview-sample')
    expect(await samples.count()).toBe(3)
    expect(await samples.first().textContent()).toMatch(/→\s*新\s*市场监督管理局/)

    // 4. Apply: progress to the end, and the number re-tagged is the number promised.
    const finished = nextEvent(socket, 'departments:retag_progress', (e) => e.data.finished, 20_000)
    await page.getByTestId('apply').click()
    const done = await finished
    expect(done.data.changed).toBe(promised)
    const progress = page.getByTestId('retag-progress')
    await expect.poll(() => progress.getAttribute('data-finished')).toBe('true')
    expect(await progress.textContent()).toContain(`重新标注了 ${promised} 条信息`)
    const stored = ((await (await fetch(`${baseUrl}/api/departments`)).json()) as { departments: Department[] }).departments
    expect(stored.find((d) => d.id === 'scjgj')!.terms).toContainEqual({ text: '午餐', weight: 30 })
  })
})
