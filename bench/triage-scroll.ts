/**
 * triage.scroll_*: /triage in Chromium with 5,000 untriaged stories, every page loaded, scrolled
 * one step per animation frame, by wheel-sized steps and by jumps across the list. The list is
 * virtualised, so a frame costs the same whatever the queue's length; `rows_rendered_max` shows
 * how many rows the DOM held at worst.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { buildApp } from '../server/app.ts'
import { loadConfig } from '../server/config.ts'
// @ts-expect-error -- plain JavaScript module shared with `npm start`
import { buildClientIfStale } from '../scripts/build-if-stale.mjs'
import { launchChromium } from '../test/helpers/browser.ts'
import { insertManyStories } from '../test/helpers/triage-fixtures.ts'
import { BENCH_ADMIN_PASSWORD, isMain, percentile, report, signInAdmin } from './lib.ts'

const STORIES = 5000
const STEPS = 120

export async function run(): Promise<void> {
  await (buildClientIfStale as (log: (line: string) => void) => Promise<void>)(() => {})
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yq-bench-triage-scroll-'))
  const app = await buildApp(loadConfig({ YQ_DATA_DIR: dir, YQ_DEMO: '0', YQ_LOG_LEVEL: 'silent', YQ_POLL_TICK_MS: '60000', YQ_ADMIN_PASSWORD: BENCH_ADMIN_PASSWORD }))
  const browser = await launchChromium()
  try {
    await app.listen({ host: '127.0.0.1', port: 0 })
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
    await signInAdmin(base)
    await insertManyStories(app, STORIES)
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
    await page.goto(`${base}/triage`)
    const list = page.getByTestId('triage-list')
    const listed = async () => Number(await list.getAttribute('data-count'))
    await page.getByTestId('triage-row').first().waitFor()
    // Load every page first: the figure is about scrolling, not fetching.
    while ((await listed()) < STORIES) {
      await list.evaluate((el) => el.scrollTo(0, el.scrollHeight))
      await page.waitForTimeout(50)
    }
    // Jumps: each frame lands a screen or more away, every row new (the worst case); wheel: 120 px
    // a frame from the top, the way an operator reads down the list.
    const measure = (jump: boolean) => page.evaluate<{ frames: number[]; rows: number[] }>(`(async () => {
      const el = document.querySelector('[data-testid=triage-list]')
      el.scrollTop = ${jump} ? el.scrollHeight : 0
      await new Promise((r) => setTimeout(r, 200))
      const frames = [], rows = []
      let last = performance.now()
      for (let step = 0; step <= ${STEPS}; step++) {
        el.scrollTop = ${jump} ? el.scrollHeight * (1 - step / ${STEPS}) : step * 120
        await new Promise((r) => requestAnimationFrame(r))
        const now = performance.now()
        frames.push(now - last)
        rows.push(el.querySelectorAll('[data-testid=triage-row]').length)
        last = now
      }
      return { frames: frames.slice(1).sort((a, b) => a - b), rows }
    })()`)
    const note = `${STORIES} stories loaded, 1920×1080, software rendering (--disable-gpu)`
    const wheel = await measure(false)
    const jumps = await measure(true)
    report('triage.scroll_wheel_frame_p50_ms', percentile(wheel.frames, 50), 'ms', `${note}; ${STEPS} frames scrolling 120 px each (16.7 = every frame at 60 Hz)`)
    report('triage.scroll_wheel_frame_p99_ms', percentile(wheel.frames, 99), 'ms', note)
    report('triage.scroll_jump_frame_p50_ms', percentile(jumps.frames, 50), 'ms', `${note}; ${STEPS} jumps bottom to top, each to rows not yet drawn`)
    report('triage.scroll_jump_frame_p99_ms', percentile(jumps.frames, 99), 'ms', note)
    report('triage.rows_rendered_max', Math.max(...wheel.rows, ...jumps.rows), 'rows', `DOM rows at worst during both scrolls, of ${STORIES}`)
  } finally {
    await browser.close()
    await app.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

if (isMain(import.meta.url)) await run()
