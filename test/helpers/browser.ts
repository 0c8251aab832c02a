import { chromium, type Browser, type BrowserContext } from 'playwright-core'
import { adminSessionFor } from './auth-session.ts'

/** Debian's Chromium (installed by .ci/run); never a downloaded browser. */
export const CHROMIUM_PATH = process.env.YQ_CHROMIUM ?? '/usr/bin/chromium'

/** Gives a context the admin cookie of every test server it may visit (see `signInContext`). */
export async function signInContext(context: BrowserContext, baseUrl: string, cookie = adminSessionFor(baseUrl)?.cookie): Promise<void> {
  if (!cookie) return
  const eq = cookie.indexOf('=')
  await context.addCookies([{ name: cookie.slice(0, eq), value: cookie.slice(eq + 1), url: baseUrl, httpOnly: true, sameSite: 'Strict' }])
}

/**
 * Pages open signed in as the admin of the test server they visit, so browser tests written before
 * accounts keep working: pages from `newPage`/`newContext` add the cookie before `goto`.
 * Pass `{ anonymous: true }` as launch option to get a plain browser.
 */
export async function launchChromium(opts: { anonymous?: boolean } = {}): Promise<Browser> {
  const browser = await launchPlain()
  if (opts.anonymous) return browser
  const newContext = browser.newContext.bind(browser)
  const signIn = (context: BrowserContext) => {
    const newPage = context.newPage.bind(context)
    context.newPage = async () => {
      const page = await newPage()
      const goto = page.goto.bind(page)
      // The cookie depends on which server the page visits, known only at navigation.
      page.goto = async (url, options) => {
        await signInContext(context, new URL(url).origin)
        return goto(url, options)
      }
      return page
    }
    return context
  }
  browser.newContext = async (options) => signIn(await newContext(options))
  browser.newPage = async (options) => {
    const context = await browser.newContext(options)
    const page = await context.newPage()
    // Closing the page closes its context, as with Browser.newPage.
    page.on('close', () => void context.close().catch(() => undefined))
    return page
  }
  return browser
}

function launchPlain(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  })
}
