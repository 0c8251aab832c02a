import { expect, it, onTestFinished } from 'vitest'
import { CATALOGUE_EDITION } from '../../server/classify/default-catalogue.ts'
import { launchChromium } from '../helpers/browser.ts'
import { olderDefault, olderInstallation } from '../helpers/catalogue-upgrade.ts'
import { startTestApp, tempDataDir } from '../helpers/test-app.ts'

// The admin of an upgraded installation opens /admin/departments and is told what the release changed in the
// catalogue, and that the admin's own edits were left alone; a catalogue no release merged into says nothing.
it('/admin/departments says what the release merged into the catalogue', async () => {
  const dataDir = tempDataDir()
  await olderInstallation(dataDir, { edition: 0, body: olderDefault() })
  const { baseUrl } = await startTestApp({}, dataDir)
  const browser = await launchChromium()
  onTestFinished(() => browser.close())
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
  await page.goto(`${baseUrl}/admin/departments`)
  await page.locator('[data-testid=departments-page][data-state=ready]').waitFor()
  const told = (await page.getByTestId('catalogue-upgrade').textContent())!
  expect(told).toContain(`升级时并入了新版本的默认词表（第 ${CATALOGUE_EDITION} 版）`)
  expect(told).toContain('新增关键词 4 个、部门 1 个，调整权重 0 个，移除 0 个；您改动过的词保持不变')

  const fresh = await startTestApp()
  await page.goto(`${fresh.baseUrl}/admin/departments`)
  await page.locator('[data-testid=departments-page][data-state=ready]').waitFor()
  expect(await page.getByTestId('catalogue-upgrade').count()).toBe(0)
})
