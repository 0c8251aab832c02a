import { describe, expect, it, onTestFinished } from 'vitest'
import { GOOD_ITEMS, runHostileScenario } from '../../helpers/hostile-scenario.ts'
import { MAX_TITLE_CHARS } from '../../../server/ingest/item-limits.ts'

/**
 * Far above the 200 ms target (measured in bench/hostile-feeds.ts): a guard against a frozen
 * server, not a timing. Issue #15's freezes lasted 12–51 s; 2 s was within what a loaded 2-core
 * machine adds to one probe (the probing test process and the server share both cores with the
 * 20,000-item polls), and one slow probe fails the whole file.
 */
const HANG_GUARD_MS = 5000
/**
 * Issue #15's target. The peak here was 729–762 MB with nodejieba's 243 MB dictionary, 561 MB with
 * one light segmenter (issue #18), 610–617 MB after the town gazetteer (issue #19), and 455–510 MB
 * since the bundle's source maps hold only our own code's mappings (they were 75 MB of the main
 * thread's heap): bench/hostile-feeds.ts reports it as server.rss_peak_hostile_mb.
 */
const RSS_LIMIT_MB = 600

describe('server process beside hostile feeds and pushes (issue #15 acceptance)', { timeout: 240_000 }, () => {
  it('answers every health probe, ingests the good feed and keeps its memory bounded', async () => {
    const out = await runHostileScenario((fn) => onTestFinished(fn), 30_000, HANG_GUARD_MS)

    // Every probe, sent every 100 ms for 30 s, answered within the guard.
    expect(out.probes).toBeGreaterThan(100)
    expect(out.answered).toBe(out.probes)
    expect(out.maxHealthMs).toBeLessThan(HANG_GUARD_MS)
    expect(out.rssPeakMb).toBeLessThan(RSS_LIMIT_MB)

    // The good feed arrives whole; the 20,000-item feed is taken a capped poll (500) at a time, every 5 s.
    expect(out.goodItems).toBe(GOOD_ITEMS)
    expect(out.manyItems).toBeGreaterThanOrEqual(500)
    // Huge fields are cut; the nested push is read and stored.
    expect(out.longestTitle).toBeLessThanOrEqual(MAX_TITLE_CHARS)
    expect(out.pushStatus).toBe(200)
    const nested = out.sources.find((s) => s.name === 'nested')!
    expect(nested).toMatchObject({ health: 'degraded' })
    expect(nested.last_error).toMatch(/nested more than \d+ deep; 1 items read/)
  })
})
