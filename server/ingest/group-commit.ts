import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises'
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../db/index.ts'

/** A unit of work that must commit whole or not at all; it may run again (alone) after a shared transaction failed. */
export type TransactionJob<T> = (trx: Transaction<Database>) => Promise<T>

/**
 * Items per shared transaction. A commit was 30 % of the poll's SQL time with one per feed of 20
 * items (docs/performance.md); better-sqlite3 holds the event loop for a whole transaction, so
 * the group stays a few batches long.
 */
export const MAX_GROUP_ITEMS = 100

/**
 * How long a group may wait for batches announced (being tagged) but not yet submitted, as
 * PostgreSQL's commit_delay waits only while commit_siblings are active: a lone poll (the duty
 * officer's 立即抓取, a quiet hour) commits at once; in a busy cycle a group fills instead of
 * committing a fifth of its allowance (docs/performance.md, seventh pass).
 */
export const MAX_WAIT_MS = 4

interface Pending {
  run: TransactionJob<unknown>
  weight: number
  resolve: (value: unknown) => void
  reject: (err: unknown) => void
}

/**
 * Group commit: jobs submitted while a transaction runs (or within the same turn of the event
 * loop) share the next transaction, up to `maxWeight` items; each job's caller still learns its
 * own outcome, and only after the commit that holds its rows. When a shared transaction fails,
 * it was rolled back whole, and each of its jobs runs again alone: one bad job never loses
 * another's rows, and the failing one gets its own error. A crash mid-transaction leaves none of
 * the group's rows, as a crash mid-batch left none of the batch's.
 */
export class GroupCommit {
  private readonly queue: Pending[] = []
  private draining = false
  /** Items queued for the next group. */
  private queuedWeight = 0
  /** Batches announced by `expect()` and not yet submitted or withdrawn. */
  private expected = 0
  private wakeUp: (() => void) | null = null

  constructor(
    private readonly db: Kysely<Database>,
    private readonly maxWeight = MAX_GROUP_ITEMS,
    private readonly maxWaitMs = MAX_WAIT_MS,
  ) {}

  /**
   * Announces a batch that will be submitted soon (its items are being tagged), so that a group
   * starting meanwhile may wait up to maxWaitMs (MAX_WAIT_MS) for it. Call the returned function, once, just
   * before submitting the batch or when it will not come (an error, nothing left to store).
   */
  expect(): () => void {
    this.expected++
    let withdrawn = false
    return () => {
      if (withdrawn) return
      withdrawn = true
      this.expected--
      this.wake()
    }
  }

  /** Runs `run` in a transaction, perhaps shared with other jobs; `weight`: the items it stores. */
  submit<T>(weight: number, run: TransactionJob<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ run, weight, resolve: resolve as (value: unknown) => void, reject })
      this.queuedWeight += weight
      this.wake()
      if (!this.draining) {
        this.draining = true
        void this.drain()
      }
    })
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        // Jobs whose callers are ready in this turn (SQLite: everything that arrived while the
        // last transaction held the loop) join this group; the loop also runs between groups.
        // node:timers, not the global: a test's fake timers must not stop the store.
        await nextTurn()
        await this.awaitAnnounced()
        await this.runGroup(this.take())
      }
    } finally {
      this.draining = false
    }
  }

  private wake(): void {
    const wakeUp = this.wakeUp
    this.wakeUp = null
    wakeUp?.()
  }

  /** Waits, at most maxWaitMs in all, while announced batches may still fill the group. */
  private async awaitAnnounced(): Promise<void> {
    const until = performance.now() + this.maxWaitMs
    while (this.expected > 0 && this.queuedWeight < this.maxWeight) {
      const left = until - performance.now()
      if (left <= 0) return
      const timer = new AbortController()
      await Promise.race([new Promise<void>((resolve) => (this.wakeUp = resolve)), sleep(left, undefined, { signal: timer.signal }).catch(() => {})])
      timer.abort()
    }
  }

  private take(): Pending[] {
    const group = [this.queue.shift()!]
    let weight = group[0]!.weight
    while (this.queue.length > 0 && weight + this.queue[0]!.weight <= this.maxWeight) {
      const next = this.queue.shift()!
      weight += next.weight
      group.push(next)
    }
    this.queuedWeight -= weight
    return group
  }

  private async runGroup(group: Pending[]): Promise<void> {
    if (group.length === 1) {
      const job = group[0]!
      try {
        job.resolve(await this.db.transaction().execute(job.run))
      } catch (err) {
        job.reject(err)
      }
      return
    }
    let results: unknown[]
    try {
      results = await this.db.transaction().execute(async (trx) => {
        const out: unknown[] = []
        for (const job of group) out.push(await job.run(trx))
        return out
      })
    } catch {
      // Rolled back whole (PostgreSQL cannot go on in a failed transaction anyway): each alone.
      for (const job of group) await this.runGroup([job])
      return
    }
    group.forEach((job, i) => job.resolve(results[i]))
  }
}

const committers = new WeakMap<Kysely<Database>, GroupCommit>()

/** The one group committer of a database handle: every poller and push of the process shares it. */
export function groupCommitOf(db: Kysely<Database>): GroupCommit {
  let committer = committers.get(db)
  if (!committer) committers.set(db, (committer = new GroupCommit(db)))
  return committer
}
