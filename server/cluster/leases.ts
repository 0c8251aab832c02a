import type { Kysely } from 'kysely'
import type { Database } from '../db/index.ts'
import './schema.ts'

/**
 * Leases: a process may do a job while it holds the job's lease, and holds it only until
 * `expires_at` unless it renews. A process killed mid-job (kill -9) simply stops renewing, and
 * another takes the job over once the lease has run out: no process has to notice the death.
 *
 * Taking is one conditional UPDATE whose row count says who won, portable as written: SQLite
 * serialises writers, and under PostgreSQL the second UPDATE waits for the first's row lock and
 * then re-checks its WHERE against the committed row, so exactly one sees a count of 1. A
 * source's poll lease is taken the same way, by ingest on its own sources row
 * (server/ingest/source-leases.ts), with this clock.
 *
 * Times are ISO-8601 UTC strings from one formatter (toISOString), so they compare as text.
 */
export interface LeaseClock {
  now: () => Date
  /** How long a take or a renewal holds. */
  leaseMs: number
}

/** The instant now and when a lease taken now runs out, as stored. */
export function leaseUntil(clock: LeaseClock): { now: string; expires: string } {
  const now = clock.now()
  return { now: now.toISOString(), expires: new Date(now.getTime() + clock.leaseMs).toISOString() }
}

/** Takes or renews `name` for `holder`; false while another holder's lease runs. */
export async function takeLease(db: Kysely<Database>, name: string, holder: string, clock: LeaseClock): Promise<boolean> {
  const { now, expires } = leaseUntil(clock)
  await db.insertInto('leases').values({ name, holder, expires_at: now }).onConflict((oc) => oc.column('name').doNothing()).execute()
  const result = await db
    .updateTable('leases')
    .set({ holder, expires_at: expires })
    .where('name', '=', name)
    .where((eb) => eb.or([eb('holder', '=', holder), eb('expires_at', '<=', now)]))
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** Lets `name` go at once (a clean shutdown), so another process need not wait for it to expire. */
export async function releaseLease(db: Kysely<Database>, name: string, holder: string): Promise<void> {
  await db.deleteFrom('leases').where('name', '=', name).where('holder', '=', holder).execute()
}

/** True when `pid` is no running process on this machine (or one this process may not signal). */
function gone(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return false
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH'
  }
}

/**
 * A holder `host:pid:random` (plugin.ts) that was a process on this host which is dead: its pid
 * runs nothing, or runs this process under another random part (a container restarted as pid 1).
 */
export function heldByDeadProcessHere(holder: string, self: string): boolean {
  const [host, pid] = self.split(':')
  const parts = holder.split(':')
  if (holder === self || parts.length < 3 || parts.slice(0, -2).join(':') !== host) return false
  const theirs = Number(parts.at(-2))
  return String(theirs) === pid || (Number.isInteger(theirs) && theirs > 0 && gone(theirs))
}

/**
 * At start: lets go of the job leases a dead earlier process on this host still holds (kill -9 and
 * restart), so the restarted process delivers at once instead of after YQ_LEASE_MS. Another host's
 * leases are left to expire: this one cannot tell whether that process lives. (Source leases are
 * ingest's: its plugin lets go of them the same way, with heldByDeadProcessHere.)
 */
export async function releaseLeasesOfDeadProcesses(db: Kysely<Database>, self: string): Promise<number> {
  const jobs = await db.selectFrom('leases').select('holder').execute()
  const dead = [...new Set(jobs.map((r) => r.holder))].filter((h) => heldByDeadProcessHere(h, self))
  if (dead.length === 0) return 0
  await db.deleteFrom('leases').where('holder', 'in', dead).execute()
  return dead.length
}
