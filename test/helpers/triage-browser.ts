import type { Browser, Page } from 'playwright-core'
import type { Session } from './auth-session.ts'
import { signInContext } from './browser.ts'
import type { TestApp } from './test-app.ts'

/** A page in its own browser context, signed in as that account (use with `launchChromium({ anonymous: true })`). */
export async function pageAs(browser: Browser, t: TestApp, session: Session, path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'zh-CN' })
  await signInContext(context, t.baseUrl, session.cookie)
  const page = await context.newPage()
  await page.goto(`${t.baseUrl}${path}`)
  return page
}

/** The row of a story in the triage list (rendered only while in the list's window). */
export const storyRow = (page: Page, id: number) => page.locator(`[data-testid=triage-row][data-story="${id}"]`)
