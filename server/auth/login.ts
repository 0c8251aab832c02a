import type { Kysely } from 'kysely'
import { ErrorCode, YqError } from '@shared/errors.ts'
import type { Database } from '../db/schema.ts'
import { appendEvent } from '../db/event-log.ts'
import { dummyHash, verifyPassword } from './password.ts'
import { findUser, toPublicUser, type PublicUser } from './users.ts'

/** Failures allowed before the account locks; each further one doubles the lock, up to an hour. */
export const FREE_FAILURES = 5
const FIRST_LOCK_MS = 30_000
const MAX_LOCK_MS = 3_600_000

export function lockMs(failures: number): number {
  if (failures < FREE_FAILURES) return 0
  return Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** (failures - FREE_FAILURES))
}

/**
 * Checks a password, counting failures and locking with back-off. Unknown names, wrong passwords and
 * disabled accounts get the same answer; every attempt lands in the event log, never the password.
 */
export async function checkLogin(db: Kysely<Database>, username: string, password: string, ip: string, now: Date): Promise<PublicUser> {
  const iso = now.toISOString()
  const user = await findUser(db, username)
  const audit = (type: string, payload: object) =>
    appendEvent(db, { at: iso, type, entity: 'user', entity_id: user?.id ?? null, actor: user?.username ?? 'anonymous', payload: { ...payload, ip } })
  if (user?.locked_until && Date.parse(user.locked_until) > now.getTime()) {
    await audit('auth.login_failed', { username: user.username, reason: 'locked' })
    const waitS = Math.ceil((Date.parse(user.locked_until) - now.getTime()) / 1000)
    throw new YqError(ErrorCode.LOGIN_LOCKED, `too many failed sign-ins: try again in ${waitS} s`, 429)
  }
  const ok = await verifyPassword(password, user?.password_hash ?? (await dummyHash()))
  if (!user || !ok || user.disabled === 1) {
    if (user && !ok) {
      const failures = user.failed_logins + 1
      const lock = lockMs(failures)
      await db
        .updateTable('users')
        .set({ failed_logins: failures, locked_until: lock ? new Date(now.getTime() + lock).toISOString() : null })
        .where('id', '=', user.id)
        .execute()
    }
    // Cut short: hostile input must not bloat the audit log.
    await audit('auth.login_failed', { username: username.slice(0, 40), reason: !user ? 'unknown_user' : user.disabled ? 'disabled' : 'wrong_password' })
    throw new YqError(ErrorCode.LOGIN_FAILED, 'wrong username or password', 401)
  }
  await db.updateTable('users').set({ failed_logins: 0, locked_until: null }).where('id', '=', user.id).execute()
  await audit('auth.login', { username: user.username })
  return toPublicUser(user)
}
