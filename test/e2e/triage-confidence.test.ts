import { describe, expect, it, onTestFinished } from 'vitest'
import { launchChromium } from '../helpers/browser.ts'
import { startTestApp } from '../helpers/test-app.ts'
import { pageAs, storyRow } from '../helpers/triage-browser.ts'
import { insertStory, signInOperators } from '../helpers/triage-fixtures.ts'

describe('triage rows show how sure the tagging is', () => {
  it('shows each suggestion’s confidence, flags a weak one, and says 未识别 when there is none', async () => {
    const t = await startTestApp()
    const [op] = await signInOperators(t, ['zhangsan'])
    const sure = await insertStory(t.app, { title: '历下区住建局回应小区停水', department: { id: 'zjj', name: '住房和城乡建设局', terms: ['住建局'], confidence: 0.82 }, regionConfidence: 0.2 })
    const none = await insertStory(t.app, { title: '十组数据看增进民生福祉', department: null })
    const old = await insertStory(t.app, { title: '历下区一小区停水' })
    const browser = await launchChromium({ anonymous: true })
    onTestFinished(() => browser.close())
    const page = await pageAs(browser, t, op!, '/triage')
    await storyRow(page, sure).waitFor()

    expect(await storyRow(page, sure).getByTestId('row-department-confidence').textContent()).toBe('把握 82%')
    const place = storyRow(page, sure).getByTestId('row-place-confidence')
    expect(await place.textContent()).toBe('把握低 20%')
    expect(await place.getAttribute('class')).toContain('low')
    expect(await storyRow(page, none).getByTestId('row-department').textContent()).toBe('未识别')
    // Tags stored before confidence existed show no figure rather than a made-up one.
    expect(await storyRow(page, old).getByTestId('row-department-confidence').count()).toBe(0)
  })
})
