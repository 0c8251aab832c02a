import { describe, expect, it, onTestFinished } from 'vitest'
import { seedDemoCases } from '../../scripts/lib/demo-cases.ts'
import { launchChromium } from '../helpers/browser.ts'
import { startTestApp } from '../helpers/test-app.ts'

interface Sizes {
  digits: number
  title: number
  smallestText: number
  smallestTextSample: string
  scrolls: string | false
  tiles: number
}

/** Sizes as the wall's viewer gets them: computed font sizes of what is on screen, in CSS px. */
const MEASURE = `(() => {
  const px = (el) => parseFloat(getComputedStyle(el).fontSize)
  let smallest = Infinity, sample = ''
  const walker = document.createTreeWalker(document.querySelector('[data-testid=wall]'), NodeFilter.SHOW_TEXT)
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.textContent.trim() || !n.parentElement || n.parentElement.closest('svg')) continue
    const size = px(n.parentElement)
    if (size < smallest) { smallest = size; sample = n.textContent.trim() }
  }
  const se = document.scrollingElement
  return {
    digits: Math.min(...[...document.querySelectorAll('[data-testid=countdown]')].map(px)),
    title: Math.min(...[...document.querySelectorAll('[data-testid=case-tile] h3')].map(px)),
    smallestText: smallest,
    smallestTextSample: sample,
    scrolls: se.scrollHeight > innerHeight + 1 || se.scrollWidth > innerWidth + 1 ? [se.scrollWidth, se.scrollHeight, innerWidth, innerHeight].join() : false,
    tiles: document.querySelectorAll('[data-testid=case-tile]').length,
  }
})()`

interface Label {
  text: string
  size: number
  /** The first box the label's text spills out of (an ancestor that clips, or the screen), or null. */
  clippedBy: string | null
}

/**
 * Every label the wall marks (deadline names, unit names, chart labels and headings): its font size
 * and whether its laid-out text (a Range over it, one rect per line) lies inside every ancestor that
 * clips and inside the screen. A cut or ellipsised label lays out wider than the box that clips it.
 */
const LABELS = `(() => {
  // Across: to the pixel. Down: a glyph box is taller than its line (CJK fonts' ascent and descent),
  // so it may poke out by a fraction of the size without anything being hidden; a cut line loses more.
  const inside = (r, b, size) => r.left >= b.left - 1 && r.right <= b.right + 1 && r.top >= b.top - size / 4 && r.bottom <= b.bottom + size / 4
  const screen = { left: 0, top: 0, right: innerWidth, bottom: innerHeight }
  return [...document.querySelectorAll('[data-wall-label]')].map((el) => {
    const range = document.createRange()
    range.selectNodeContents(el)
    const lines = [...range.getClientRects()].filter((r) => r.width > 0)
    const size = parseFloat(getComputedStyle(el).fontSize)
    let clippedBy = lines.some((r) => !inside(r, screen, size)) ? 'screen' : null
    for (let a = el; a && !clippedBy && a !== document.body; a = a.parentElement) {
      const style = getComputedStyle(a)
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue
      const box = a.getBoundingClientRect()
      if (lines.some((r) => !inside(r, box, size))) clippedBy = a.tagName.toLowerCase() + '.' + [...a.classList].join('.')
    }
    return { text: el.textContent.trim(), size, clippedBy }
  })
})()`

describe('/wall layout in Chromium', () => {
  it.each([
    [1920, 1080, '', 1],
    [3840, 2160, '', 2],
    [1080, 1920, '?layout=portrait', 1],
    // A portrait screen opened with a plain link gets the portrait layout's sizes too.
    [1080, 1920, '', 1],
  ])('keeps docs/wall.md type sizes at %i×%i%s with more cases than fit, summarised not scrolled', async (width, height, query, scale) => {
    const { baseUrl } = await startTestApp()
    await seedDemoCases(baseUrl, new Date())
    const browser = await launchChromium()
    onTestFinished(() => browser.close())
    const page = await browser.newPage({ viewport: { width, height } })
    await page.goto(`${baseUrl}/wall${query}`)
    await expect.poll(() => page.getByTestId('case-tile').count(), { timeout: 15_000 }).toBeGreaterThan(0)
    await expect.poll(() => page.getByTestId('case-overflow').textContent(), { timeout: 10_000 }).toMatch(/另有 \d+ 件，最近截止 .+/)

    const sizes = (await page.evaluate(MEASURE)) as Sizes
    // The grid's rem is a division (100vw / 120), so allow for rounding in the last digit.
    expect(sizes.digits).toBeGreaterThanOrEqual(56 * scale - 0.01)
    expect(sizes.title).toBeGreaterThanOrEqual(32 * scale - 0.01)
    expect(sizes.smallestText, sizes.smallestTextSample).toBeGreaterThanOrEqual(20 * scale - 0.01)
    expect(sizes.scrolls).toBe(false)
    // Every tile shown is whole: none is cut off at the bottom of the screen.
    const bottoms = await page.getByTestId('case-tile').evaluateAll((tiles) => tiles.map((t) => t.getBoundingClientRect().bottom))
    for (const b of bottoms) expect(b).toBeLessThanOrEqual(height)
    // Inside each tile nothing spills over its edge: the unit line stays on the tile under a two-line title.
    const spills = await page.getByTestId('case-tile').evaluateAll((tiles) =>
      tiles.map((t) => {
        const box = t.getBoundingClientRect()
        return [...t.querySelectorAll('header, .deadlines, footer')].some((part) => part.getBoundingClientRect().bottom > box.bottom - 2)
      }),
    )
    expect(spills.every((s) => !s)).toBe(true)
    // Labels from three metres (wall.md: labels ≥ 24 px at 1080p), none cut: deadline names, unit names, chart labels.
    const labels = (await page.evaluate(LABELS)) as Label[]
    expect(labels.filter((l) => /特别重大|重大|较大|一般/.test(l.text)).map((l) => l.text)).toEqual(expect.arrayContaining(['Ⅰ 特别重大', 'Ⅱ 重大', 'Ⅲ 较大', 'Ⅳ 一般']))
    expect(labels.filter((l) => /管理局|市|区|县/.test(l.text)).length).toBeGreaterThan(3)
    for (const l of labels) {
      expect(l.clippedBy, `"${l.text}" clipped`).toBeNull()
      expect(l.size, l.text).toBeGreaterThanOrEqual(24 * scale - 0.01)
    }
    // The 24 h chart draws on a canvas: its axis and legend text is set at label size too.
    expect(Number(await page.getByTestId('dept-chart').getAttribute('data-font-px'))).toBeGreaterThanOrEqual(24 * scale - 0.5)
    // The map is coloured by the worst open clock and says so: the demo has overdue cases.
    expect(await page.locator('svg path[data-state=overdue]').count()).toBeGreaterThan(0)
    expect(await page.getByTestId('map-legend').textContent()).toContain('超时未办')
  })

  it('shows only the chosen panels when the kiosk link names them', async () => {
    const { baseUrl } = await startTestApp()
    const browser = await launchChromium()
    onTestFinished(() => browser.close())
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
    await page.goto(`${baseUrl}/wall?panels=map,charts`)
    await expect.poll(() => page.locator('svg path[data-city]').count(), { timeout: 15_000 }).toBe(16)
    expect(await page.getByText('案件时钟').count()).toBe(0)
    expect(await page.getByTestId('wall-item').count()).toBe(0)
    // The 24 h chart; the level chart is text rows, not a canvas.
    expect(await page.locator('canvas').count()).toBe(1)
    expect(await page.getByTestId('level-bars').locator('li').count()).toBe(4)
  })
})
