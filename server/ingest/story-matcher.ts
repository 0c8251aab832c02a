import type { Transaction } from 'kysely'
import type { Database } from '../db/index.ts'
import { SAME_STORY_SIMILARITY, similarity } from './dedupe.ts'
import { STORY_WINDOW_H, type NewReport } from './story-store.ts'

/** Candidate stories checked per new report: bounds the work per item. */
const MAX_CANDIDATES = 5000
/** Values per IN list: well inside SQLite's and PostgreSQL's parameter limits. */
const IN_CHUNK = 500

interface KnownStory {
  signature: number[]
  lastSeenAt: string
}

function chunks<T>(values: T[]): T[][] {
  const out: T[][] = []
  for (let i = 0; i < values.length; i += IN_CHUNK) out.push(values.slice(i, i + IN_CHUNK))
  return out
}

/**
 * Story matching for a whole batch, set-based: what the batch's reports could match (exact
 * copies' stories, stories sharing an LSH band, with their signatures) is read in a handful of
 * queries up front, inside the batch's transaction, instead of four queries per report. Then
 * each report is matched in memory, in order, and `remember` adds what the batch itself stores,
 * so a later report of the batch finds a story an earlier one started or grew, as before.
 */
export class StoryMatcher {
  private readonly byLink = new Map<string, number>()
  private readonly byHash = new Map<string, number>()
  private readonly byBand = new Map<number, Set<number>>()
  private readonly stories = new Map<number, KnownStory>()
  /** Stories holding a report of the batch's source: read for the candidates up front, then added to as the batch stores. */
  private readonly withSource = new Set<number>()

  private constructor(private readonly since: string) {}

  static async load(trx: Transaction<Database>, reports: readonly NewReport[], at: string): Promise<StoryMatcher> {
    const matcher = new StoryMatcher(new Date(Date.parse(at) - STORY_WINDOW_H * 3600_000).toISOString())
    const links = [...new Set(reports.map((r) => r.linkNorm).filter((l): l is string => l !== null))]
    const hashes = [...new Set(reports.map((r) => r.contentHash))]
    // An exact copy from another source (same article link, or same words) joins that story.
    for (const part of chunks(links)) {
      const rows = await trx.selectFrom('items').select(['link_norm', 'story_id']).where('link_norm', 'in', part).where('story_id', 'is not', null).execute()
      for (const r of rows) if (r.link_norm && r.story_id && !matcher.byLink.has(r.link_norm)) matcher.byLink.set(r.link_norm, r.story_id)
    }
    for (const part of chunks(hashes)) {
      const rows = await trx.selectFrom('items').select(['content_hash', 'story_id']).where('content_hash', 'in', part).where('story_id', 'is not', null).execute()
      for (const r of rows) if (r.story_id && !matcher.byHash.has(r.content_hash)) matcher.byHash.set(r.content_hash, r.story_id)
    }
    const bands = [...new Set(reports.flatMap((r) => r.bands))]
    for (const part of chunks(bands)) {
      const rows = await trx.selectFrom('story_bands').select(['band', 'story_id']).where('band', 'in', part).execute()
      for (const r of rows) matcher.addBand(r.band, r.story_id)
    }
    // Signatures of every candidate, recent or not: a story an exact copy brings back into the window is a candidate for later reports.
    const ids = [...new Set([...matcher.byBand.values()].flatMap((s) => [...s]))]
    for (const part of chunks(ids)) {
      const rows = await trx.selectFrom('stories').select(['id', 'signature', 'last_seen_at']).where('id', 'in', part).execute()
      for (const r of rows) matcher.stories.set(r.id, { signature: JSON.parse(r.signature) as number[], lastSeenAt: r.last_seen_at })
    }
    // Every story find() can answer is one of these or one the batch opens (which has none of the
    // source's reports yet): which already have one of this source's reports, for the source count.
    const sourceId = reports[0]?.sourceId
    const candidates = [...new Set([...ids, ...matcher.byLink.values(), ...matcher.byHash.values()])]
    if (sourceId !== undefined) {
      for (const part of chunks(candidates)) {
        const rows = await trx.selectFrom('items').select('story_id').distinct().where('story_id', 'in', part).where('source_id', '=', sourceId).execute()
        for (const r of rows) if (r.story_id !== null) matcher.withSource.add(r.story_id)
      }
    }
    return matcher
  }

  private addBand(band: number, storyId: number): void {
    let set = this.byBand.get(band)
    if (!set) this.byBand.set(band, (set = new Set()))
    set.add(storyId)
  }

  /** The story a new report belongs to: an exact copy's, else the most similar recent one sharing a band, else none. */
  find(report: NewReport): number | null {
    const exact = (report.linkNorm !== null ? this.byLink.get(report.linkNorm) : undefined) ?? this.byHash.get(report.contentHash)
    if (exact !== undefined) return exact
    const candidates = new Set<number>()
    for (const band of report.bands) {
      for (const id of this.byBand.get(band) ?? []) {
        if (candidates.size >= MAX_CANDIDATES) break
        candidates.add(id)
      }
    }
    let best: { id: number; score: number } | null = null
    for (const id of candidates) {
      const story = this.stories.get(id)
      if (!story || story.lastSeenAt < this.since) continue
      const score = similarity(story.signature, report.signature)
      if (score >= SAME_STORY_SIMILARITY && (!best || score > best.score || (score === best.score && id < best.id))) best = { id, score }
    }
    return best?.id ?? null
  }

  /** A report the batch stored in `storyId` (new or grown), seen at `at`: later reports of the batch see it. */
  /**
   * Whether a story find() returned already holds a report of the batch's source (one stored
   * before the batch, or earlier in it): the source count grows only with a new source.
   */
  hasSourceReport(storyId: number): boolean {
    return this.withSource.has(storyId)
  }

  remember(report: NewReport, storyId: number, isNewStory: boolean, at: string): void {
    this.withSource.add(storyId)
    if (report.linkNorm !== null && !this.byLink.has(report.linkNorm)) this.byLink.set(report.linkNorm, storyId)
    if (!this.byHash.has(report.contentHash)) this.byHash.set(report.contentHash, storyId)
    const known = this.stories.get(storyId)
    if (isNewStory) {
      this.stories.set(storyId, { signature: report.signature, lastSeenAt: at })
      for (const band of report.bands) this.addBand(band, storyId)
    } else if (known) {
      known.lastSeenAt = at
    }
  }
}
