import type { Kysely } from 'kysely'
import { ErrorCode, YqError } from '@shared/errors.ts'
import { appendEvent, type Database } from '../db/index.ts'
import { assertNotLocked, clearFailures, noteFailure } from './lockout.ts'
import { dummyHash, verifyPassword } from './password.ts'
import type { User } from '@shared/api/accounts.ts'
import { findUser, toPublicUser } from './users.ts'

/**
 * Checks a password, counting failures per (username, address) and locking with back-off (lockout.ts).
 * Unknown names, wrong passwords and disabled accounts get the same answer, locked ones too; every
 * attempt lands in the event log, never the password.
 */
export async function checkLogin(db: Kysely<Database>, username: string, password: string, ip: string, now: Date): Promise<User> {
  const iso = now.toISOString()
  const user = await findUser(db, username)
  // Cut short: hostile input must not bloat the audit log.
  const typed = username.slice(0, 40)
  const audit = (type: string, payload: object) =>
    appendEvent(db, { at: iso, type, entity: 'user', entity_id: user?.id ?? null, actor: user?.username ?? 'anonymous', payload: { ...payload, ip } })
  await assertNotLocked(db, username, ip, now, () => audit('auth.login_failed', { username: typed, reason: 'locked' }))
  const ok = await verifyPassword(password, user?.password_hash ?? (await dummyHash()))
  if (!user || !ok || user.disabled === 1) {
    await noteFailure(db, username, ip, now)
    await audit('auth.login_failed', { username: typed, reason: !user ? 'unknown_user' : user.disabled ? 'disabled' : 'wrong_password' })
    throw new YqError(ErrorCode.LOGIN_FAILED, 'wrong username or password', 401)
  }
  await clearFailures(db, username, ip)
  await audit('auth.login', { username: user.username })
  return toPublicUser(user)
}
