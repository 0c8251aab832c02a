/**
 * `npx tsx scripts/review-screenshots.ts`: builds the 40-case review scenario on a temp database
 * and saves Chromium screenshots of /review (with one unit drilled into) and of the bulletin as
 * printed (print media, A4 width), under docs/, for the README and for looking at.
 */
import path from 'node:path'
import { launchChromium } from '../test/helpers/browser.ts'
import { buildScenario, SCENARIO_FROM, SCENARIO_TO } from '../test/helpers/review-scenario.ts'
import { startShotsServer } from './lib/shots-server.ts'

const { base, dir, close } = await startShotsServer('review')
await buildScenario(base)
const period = `from=${encodeURIComponent(SCENARIO_FROM)}&to=${encodeURIComponent(SCENARIO_TO)}`

const browser = await launchChromium()
try {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' })
  await page.goto(`${base}/review?preset=custom&${period}`)
  await page.getByTestId('review-table').waitFor()
  await page.locator('[data-group="370100-yjj"]').click()
  await page.locator('[data-case="18"] [data-testid=toggle-timeline]').click()
  await page.locator('[data-case="18"] [data-testid=case-timeline]').waitFor()
  await page.screenshot({ path: 'docs/review-1920.png', fullPage: true })
  console.log('docs/review-1920.png')

  // The bulletin as the browser prints it: print media at A4 width (210 mm ≈ 794 CSS px).
  const doc = await browser.newPage({ viewport: { width: 794, height: 1123 } })
  await doc.emulateMedia({ media: 'print' })
  await doc.goto(`${base}/api/review/bulletin?${period}&format=html`)
  // A screenshot has no @page box: pad the body by the document's @page margins so it looks as printed.
  await doc.addStyleTag({ content: 'body { padding: 25mm 22mm 22mm 24mm !important; }' })
  await doc.screenshot({ path: 'docs/bulletin-print.png', fullPage: true })
  await doc.pdf({ path: path.join(dir, 'bulletin.pdf'), format: 'A4', printBackground: true })
  console.log('docs/bulletin-print.png')
} finally {
  await browser.close()
  await close()
}
