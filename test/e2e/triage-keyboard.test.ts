import { describe, expect, it, onTestFinished } from 'vitest'
import type { Page } from 'playwright-core'
import { launchChromium } from '../helpers/browser.ts'
import { startTestApp } from '../helpers/test-app.ts'
import { pageAs } from '../helpers/triage-browser.ts'
import { apiAs, insertStory, signInOperators } from '../helpers/triage-fixtures.ts'

const STORIES = 20
/** How many stories the list holds (the windowed list renders only those in view). */
const listed = async (page: Page) => Number(await page.getByTestId('triage-list').getAttribute('data-count'))
const focusedId = async (page: Page) => Number(await page.locator('[data-focused]').getAttribute('data-story'))

describe('triage by keyboard in Chromium', () => {
  it('TriageView: 20 stories triaged with page.keyboard only end opened, linked, dismissed or watched, each in the audit log', async () => {
    const t = await startTestApp()
    const [op] = await signInOperators(t, ['wangwu'])
    // An open case to link to, opened through the API from a story of its own.
    const seed = await insertStory(t.app, { title: '泰安市泰山区景区拥堵', firstSeenAt: new Date(Date.now() - 86_400_000) })
    const linkCase = (await apiAs<{ case: { id: number } }>(t, op!, 'POST', '/api/triage/open', { story_ids: [seed], case: { title: '泰山景区拥堵处置', kind: 'opinion', level: 'IV' } })).body.case.id
    const ids: number[] = []
    for (let i = 0; i < STORIES; i++) ids.push(await insertStory(t.app, { title: `键盘研判第${i}条 济南市历下区供水`, firstSeenAt: new Date(Date.now() - (i + 1) * 60_000) }))

    const browser = await launchChromium({ anonymous: true })
    onTestFinished(() => browser.close())
    const page = await pageAs(browser, t, op!, '/triage')
    const kb = page.keyboard
    await expect.poll(() => listed(page)).toBe(STORIES)

    // 1. ? shows the keys, Esc closes; / goes to the search field, where letters are text, not commands.
    await kb.press('?')
    await page.getByTestId('help-overlay').waitFor()
    await kb.press('Escape')
    await expect.poll(() => page.getByTestId('help-overlay').count()).toBe(0)
    await kb.press('/')
    await kb.type('jkdow')
    expect(await page.locator('input[name=q]').inputValue()).toBe('jkdow')
    expect(await page.locator('[data-focused]').count()).toBe(0)
    await kb.press('Escape')
    expect(await page.locator('input[name=q]').inputValue()).toBe('')
    await kb.press('j')
    expect(await focusedId(page)).toBe(ids[0])

    const expected = new Map<number, { action: string; case_id?: number }>()
    // The story leaves by socket, possibly before the action's own reply closes its dialog; the next
    // key must go to the list, as an operator waits to see the dialog close, so wait for both.
    const left = async (n: number) => {
      await expect.poll(() => listed(page)).toBe(n)
      await expect.poll(() => page.locator('dialog[open]').count()).toBe(0)
    }
    let remaining = STORIES
    for (let i = 0; i < 16; i++) {
      const id = ids[i]!
      expect(await focusedId(page)).toBe(id)
      const kind = i % 4
      if (kind === 0) {
        await kb.press('o')
        await page.getByTestId('open-dialog').waitFor()
        await kb.press('Enter')
        expected.set(id, { action: 'opened' })
      } else if (kind === 1) {
        await kb.press('d')
        await page.getByTestId('dismiss-dialog').waitFor()
        // An empty reason is refused beside the field; the dialog stays.
        await kb.press('Enter')
        await page.getByTestId('dismiss-error').waitFor()
        await kb.type(`与本地无关 dup ${i}`)
        await kb.press('Enter')
        expected.set(id, { action: 'dismissed' })
      } else if (kind === 2) {
        await kb.press('w')
        expected.set(id, { action: 'watch' })
      } else {
        await kb.press('l')
        await page.getByTestId('link-dialog').waitFor()
        await kb.type('泰山')
        await expect.poll(() => page.getByTestId('link-cases').locator('[data-case]').count()).toBe(1)
        await kb.press('Enter')
        expected.set(id, { action: 'linked', case_id: linkCase })
      }
      await left(--remaining)
      // 2. Undo: the first dismissal comes back with u, and is dismissed again (cursor back up with k).
      if (i === 1) {
        await page.getByTestId('undo-toast').waitFor()
        await kb.press('u')
        await left(++remaining)
        await kb.press('k')
        expect(await focusedId(page)).toBe(id)
        await kb.press('d')
        await page.getByTestId('dismiss-dialog').waitFor()
        await kb.press('2')
        await kb.press('Enter')
        await left(--remaining)
      }
    }

    // 3. A selection: x, j, x then o opens one case for two stories; x, j, x then d dismisses two.
    for (const key of ['x', 'j', 'x', 'o']) await kb.press(key)
    await page.getByTestId('open-dialog').waitFor()
    expect(await page.getByTestId('open-dialog').locator('h2').textContent()).toBe('立案（2 条信息）')
    await kb.press('Enter')
    await left((remaining -= 2))
    for (const key of ['x', 'j', 'x', 'd']) await kb.press(key)
    await page.getByTestId('dismiss-dialog').waitFor()
    await kb.type('重复信息')
    await kb.press('Enter')
    await left(0)
    for (const id of ids.slice(16, 18)) expected.set(id, { action: 'opened' })
    for (const id of ids.slice(18)) expected.set(id, { action: 'dismissed' })

    // 4. Every story ended as intended, by this operator, and the log has each decision.
    const decisions = await t.app.db.selectFrom('triage_decisions').select(['story_id', 'action', 'actor', 'case_id', 'reason']).where('story_id', 'in', ids).execute()
    expect(decisions).toHaveLength(STORIES)
    for (const d of decisions) {
      const want = expected.get(d.story_id)!
      expect(d, `story ${d.story_id}`).toMatchObject({ action: want.action, actor: 'wangwu' })
      if (want.case_id) expect(d.case_id).toBe(want.case_id)
      if (d.action === 'dismissed') expect(d.reason).toMatch(/与本地无关 dup|重复信息/)
    }
    const batch = decisions.filter((d) => ids.slice(16, 18).includes(d.story_id))
    expect(batch[0]!.case_id).toBe(batch[1]!.case_id)
    expect(await t.app.db.selectFrom('cases').select('id').execute()).toHaveLength(1 + 4 + 1)
    const events = await t.app.db.selectFrom('events').select(['type', 'entity_id', 'actor']).where('entity', '=', 'story').where('entity_id', 'in', ids).execute()
    for (const id of ids) expect(events.filter((e) => e.entity_id === id && e.type === 'story.triaged' && e.actor === 'wangwu').length, `story ${id}`).toBeGreaterThanOrEqual(1)
    expect(events.filter((e) => e.type === 'story.restored')).toEqual([{ type: 'story.restored', entity_id: ids[1], actor: 'wangwu' }])
    expect(events.filter((e) => e.type === 'story.triaged' && e.entity_id === ids[1])).toHaveLength(2)
    await expect.poll(() => page.getByTestId('count-untriaged').textContent()).toBe('0')
  })
})
