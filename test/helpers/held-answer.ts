import type { Page, Route } from 'playwright-core'

/** A step one side of a test marks done and the other waits for. */
export function signal(): { done: Promise<void>; fire: () => void } {
  let fire!: () => void
  const done = new Promise<void>((resolve) => (fire = resolve))
  return { done, fire }
}

/**
 * One answer held back, what a slow answer on a busy server does: `hold(route)` reads it from the
 * server at once (`read` settles then, so the answer predates what the test does next) and gives
 * it to the page only on `release()`, which resolves once the page has had the time to apply it.
 */
export function heldAnswer(page: Page) {
  const read = signal()
  const released = signal()
  const answered = signal()
  return {
    read: read.done,
    async hold(route: Route): Promise<void> {
      const stale = await route.fetch()
      read.fire()
      await released.done
      await route.fulfill({ response: stale })
      answered.fire()
    },
    async release(): Promise<void> {
      released.fire()
      await answered.done
      // Give the page the time to apply the answer it was given.
      await page.waitForTimeout(500)
    },
  }
}
