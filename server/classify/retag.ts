import type { FastifyBaseLogger } from 'fastify'
import type { Kysely } from 'kysely'
import { appendEvent, type Database } from '../db/index.ts'
import { itemIdsSeenSince, loadTagged, storeItemTagColumns, type TagItems } from '../ingest/index.ts'
import type { Realtime } from '../realtime/index.ts'
import { tagColumns, tagInput, tagsDiffer } from './tag-columns.ts'

export const RETAG_WINDOW_MS = 7 * 24 * 3600_000
const PAGE_SIZE = 200

export interface RetagDeps {
  db: Kysely<Database>
  realtime: Realtime
  log: FastifyBaseLogger
  tagItems: TagItems
  now: () => Date
}

/**
 * Re-tags the items first seen in the last 7 days after a catalogue edit, page by page, each
 * page in one transaction, publishing progress after each commit. A newer edit cancels the
 * older job: its items are re-tagged by the newer one anyway.
 */
export class Retagger {
  private running: { id: number; cancelled: boolean; done: Promise<void> } | null = null

  constructor(private readonly deps: RetagDeps) {}

  /** Starts a job and returns how many items it will check. `seq` is the catalogue change's event id. */
  async start(seq: number): Promise<{ job_id: number; total: number }> {
    await this.cancel()
    const ids = await retagWindowIds(this.deps.db, this.deps.now())
    const job = { id: seq, cancelled: false, done: Promise.resolve() }
    job.done = this.run(job, seq, ids).catch((err: unknown) => this.deps.log.error({ err }, 're-tagging failed'))
    this.running = job
    return { job_id: seq, total: ids.length }
  }

  /** Stops the job under way after its current page has committed. */
  async cancel(): Promise<void> {
    const job = this.running
    if (!job) return
    job.cancelled = true
    await job.done
    if (this.running === job) this.running = null
  }

  private async run(job: { cancelled: boolean }, seq: number, ids: number[]): Promise<void> {
    const { db, realtime, tagItems } = this.deps
    let changed = 0
    const publish = (done: number, finished: boolean, at = seq) =>
      realtime.publish('departments:retag_progress', { seq: at, data: { job_id: seq, done, total: ids.length, changed, finished } })
    publish(0, ids.length === 0)
    for (let i = 0; i < ids.length && !job.cancelled; i += PAGE_SIZE) {
      const page = await loadTagged(db, ids.slice(i, i + PAGE_SIZE))
      const tags = await tagItems(page.map(tagInput))
      if (job.cancelled) return
      await db.transaction().execute(async (trx) => {
        for (const [k, row] of page.entries()) {
          const next = tagColumns(tags[k]!)
          // Only items whose tags change are written and counted, as the preview counted them.
          if (!tagsDiffer(row, next)) continue
          changed++
          await storeItemTagColumns(trx, row.id, next)
        }
      })
      const done = Math.min(i + PAGE_SIZE, ids.length)
      if (done < ids.length) publish(done, false)
      else {
        const end = await appendEvent(db, { at: this.deps.now().toISOString(), type: 'items.retagged', entity: 'department', entity_id: null, actor: 'classify', payload: { job_id: seq, total: ids.length, changed } })
        publish(done, true, end)
      }
    }
  }
}

/** Ids of the items a catalogue change re-tags: those first seen in the last 7 days. */
export async function retagWindowIds(db: Kysely<Database>, now: Date): Promise<number[]> {
  return itemIdsSeenSince(db, new Date(now.getTime() - RETAG_WINDOW_MS).toISOString())
}
