import type { Kysely } from 'kysely'
import { ErrorCode, YqError } from '@shared/errors.ts'
import type { Database } from '../db/index.ts'
import './schema.ts'

/**
 * Password guessing is slowed per (username, address), whether the username exists or not.
 *
 * - Keyed on the name as typed, so an unknown name locks exactly like a real one: the answers
 *   (401 five times, then 429 with the same wait) do not tell which accounts exist.
 * - Keyed on the address too, so an attacker who keeps failing as `admin` locks only their own
 *   address: the real admin signs in from theirs. A lock on the account alone was a permanent
 *   denial of service for one attempt an hour.
 * - Short and progressive (30 s doubling to 15 min), and forgotten after an hour without failures:
 *   a person who mistypes waits seconds; a guesser from one address gets a handful of tries an hour.
 *   Many addresses still mean more guesses; the per-address rate limit (YQ_LOGIN_RATE_MAX) and
 *   scrypt bound that, and every failure is audited.
 */
export const FREE_FAILURES = 5
const FIRST_LOCK_MS = 30_000
const MAX_LOCK_MS = 15 * 60_000
const FORGET_AFTER_MS = 3_600_000
/** A hostile username must not bloat the table. */
const MAX_KEY_CHARS = 64

export function lockMs(failures: number): number {
  if (failures < FREE_FAILURES) return 0
  return Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** (failures - FREE_FAILURES))
}

function keyOf(username: string, address: string) {
  return { username: username.trim().toLowerCase().slice(0, MAX_KEY_CHARS), address }
}

/** Throws 429 while (username, address) is locked. */
export async function assertNotLocked(db: Kysely<Database>, username: string, address: string, now: Date, onLocked: () => Promise<unknown>): Promise<void> {
  const key = keyOf(username, address)
  const row = await db.selectFrom('login_failures').select('locked_until').where('username', '=', key.username).where('address', '=', key.address).executeTakeFirst()
  const until = row?.locked_until ? Date.parse(row.locked_until) : 0
  if (until <= now.getTime()) return
  await onLocked()
  throw new YqError(ErrorCode.LOGIN_LOCKED, `too many failed sign-ins: try again in ${Math.ceil((until - now.getTime()) / 1000)} s`, 429)
}

/** Counts one failure; the count starts again after an hour without one. */
export async function noteFailure(db: Kysely<Database>, username: string, address: string, now: Date): Promise<void> {
  const key = keyOf(username, address)
  const row = await db.selectFrom('login_failures').select(['failures', 'last_failed_at']).where('username', '=', key.username).where('address', '=', key.address).executeTakeFirst()
  const failures = row && now.getTime() - Date.parse(row.last_failed_at) < FORGET_AFTER_MS ? row.failures + 1 : 1
  const lock = lockMs(failures)
  const values = { failures, last_failed_at: now.toISOString(), locked_until: lock ? new Date(now.getTime() + lock).toISOString() : null }
  await db
    .insertInto('login_failures')
    .values({ ...key, ...values })
    .onConflict((oc) => oc.columns(['username', 'address']).doUpdateSet(values))
    .execute()
}

/** After a success from that address, or (address null) a password reset for every address. */
export async function clearFailures(db: Kysely<Database>, username: string, address: string | null): Promise<void> {
  const key = keyOf(username, address ?? '')
  let q = db.deleteFrom('login_failures').where('username', '=', key.username)
  if (address !== null) q = q.where('address', '=', address)
  await q.execute()
}
