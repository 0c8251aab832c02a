import type { Kysely } from 'kysely'
import { heldByDeadProcessHere, leaseUntil, type LeaseClock } from '../cluster/index.ts'
import { dialectOf, type Database } from '../db/index.ts'
import './schema.ts'

/**
 * A source's poll lease: the process polling it (`lease_holder`) until `lease_expires_at`, kept
 * on the sources row itself, as server/cluster/leases.ts keeps job leases (a holder killed mid-poll
 * stops renewing; another takes over once it ran out). On the row and not in a table of its own
 * because a take must check, in the same conditional UPDATE, that the source is still due
 * (`next_poll_at`): under PostgreSQL the second of two racing UPDATEs waits for the first's row
 * lock and re-checks its whole WHERE against that committed row, which holds only when lease and
 * due time are one row; a subquery on another table would be judged on the older snapshot. Taking
 * many due sources at once (the poller's tick) is one UPDATE over `SELECT … FOR UPDATE SKIP
 * LOCKED` (takeDueSources): processes ticking together each get other sources instead of queueing
 * on each other's row locks.
 */

/**
 * Takes source `id` for one poll. `dueBy` (a scheduled poll) also requires it still due: a
 * process that read the source as due a moment ago must not poll it again right after another
 * process finished it and moved `next_poll_at` on.
 */
export async function takeSource(db: Kysely<Database>, id: number, holder: string, clock: LeaseClock, dueBy?: string): Promise<boolean> {
  const { now, expires } = leaseUntil(clock)
  let update = db
    .updateTable('sources')
    .set({ lease_holder: holder, lease_expires_at: expires })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('lease_expires_at', 'is', null), eb('lease_expires_at', '<=', now), eb('lease_holder', '=', holder)]))
  if (dueBy !== undefined) update = update.where('next_poll_at', '<=', dueBy)
  const result = await update.executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/**
 * Takes those of `ids` that are still due by `dueBy` and not leased to another process, in one
 * statement, and returns the ids taken: the rest were polled meanwhile, are being taken by another
 * process right now (their rows locked: skipped, not waited for), or are leased elsewhere.
 */
export async function takeDueSources(db: Kysely<Database>, ids: readonly number[], holder: string, clock: LeaseClock, dueBy: string): Promise<number[]> {
  if (ids.length === 0) return []
  const { now, expires } = leaseUntil(clock)
  const free = dialectOf(db).forUpdateSkipLocked(
    db
      .selectFrom('sources')
      .select('id')
      .where('id', 'in', [...ids])
      .where('next_poll_at', '<=', dueBy)
      .where((eb) => eb.or([eb('lease_expires_at', 'is', null), eb('lease_expires_at', '<=', now), eb('lease_holder', '=', holder)])),
  )
  const rows = await db.updateTable('sources').set({ lease_holder: holder, lease_expires_at: expires }).where('id', 'in', free).returning('id').execute()
  return rows.map((r) => r.id)
}

/** Extends a poll still under way; false when the lease was lost (it expired and another process took it). */
export async function renewSource(db: Kysely<Database>, id: number, holder: string, clock: LeaseClock): Promise<boolean> {
  const { expires } = leaseUntil(clock)
  const result = await db.updateTable('sources').set({ lease_expires_at: expires }).where('id', '=', id).where('lease_holder', '=', holder).executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export async function releaseSource(db: Kysely<Database>, id: number, holder: string): Promise<void> {
  await db.updateTable('sources').set({ lease_holder: null, lease_expires_at: null }).where('id', '=', id).where('lease_holder', '=', holder).execute()
}

/**
 * At start: lets go of the source leases a dead earlier process on this host still holds (kill -9
 * and restart), so the restarted process polls at once instead of after YQ_LEASE_MS; returns how
 * many holders were let go. Another host's leases are left to expire.
 */
export async function releaseSourceLeasesOfDeadProcesses(db: Kysely<Database>, self: string): Promise<number> {
  const rows = await db.selectFrom('sources').select('lease_holder').distinct().where('lease_holder', 'is not', null).execute()
  const dead = rows.map((r) => r.lease_holder!).filter((h) => heldByDeadProcessHere(h, self))
  if (dead.length === 0) return 0
  await db.updateTable('sources').set({ lease_holder: null, lease_expires_at: null }).where('lease_holder', 'in', dead).execute()
  return dead.length
}
