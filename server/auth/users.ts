import type { Kysely } from 'kysely'
import { ErrorCode, YqError } from '@shared/errors.ts'
import { findUnit } from '../cases/index.ts'
import { appendEvent, type Database } from '../db/index.ts'
import { hashPassword } from './password.ts'
import { passwordProblem } from './password-policy.ts'
import { ACCOUNT_ROLES, type AccountRole } from './schema.ts'
import './schema.ts'
// An account's wire shapes are written once, in shared/api/accounts.ts.
import type { NewUser, User as PublicUser, UserChange } from '@shared/api/accounts.ts'

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,39}$/

export function toPublicUser(row: { id: number; username: string; role: string; unit_id: string | null; disabled: number }): PublicUser {
  return { id: row.id, username: row.username, role: row.role as AccountRole, unit_id: row.unit_id, disabled: row.disabled === 1 }
}

async function checkRoleUnit(db: Kysely<Database>, role: string, unitId: string | null): Promise<void> {
  if (!(ACCOUNT_ROLES as readonly string[]).includes(role)) throw new YqError(ErrorCode.BAD_ROLE, `unknown role "${role}"; one of ${ACCOUNT_ROLES.join(', ')}`, 400)
  if (role === 'unit' && !unitId) throw new YqError(ErrorCode.UNKNOWN_UNIT, 'a unit account needs the unit_id it belongs to', 400)
  if (role !== 'unit' && unitId) throw new YqError(ErrorCode.UNKNOWN_UNIT, 'only unit accounts are bound to a unit', 400)
  // A merged duplicate is no unit to bind an account to: its cases and accounts moved to the survivor.
  const unit = unitId ? await findUnit(db, unitId) : undefined
  if (unitId && (!unit || unit.merged_into !== null)) throw new YqError(ErrorCode.UNKNOWN_UNIT, `no unit ${unitId}`, 400)
}

function checkPassword(password: string, username: string): void {
  const problem = passwordProblem(password, username)
  if (problem) throw new YqError(ErrorCode.WEAK_PASSWORD, problem, 400)
}

/** Creates an account and records who did it; the password itself never reaches the event log. */
export async function addUser(db: Kysely<Database>, input: NewUser, actor: string, now = new Date()): Promise<PublicUser> {
  const username = input.username.trim().toLowerCase()
  if (!USERNAME.test(username)) throw new YqError(ErrorCode.BAD_USERNAME, 'a username is 2–40 of a-z 0-9 . _ - starting with a letter or digit', 400)
  checkPassword(input.password, username)
  // Fastify coerces a JSON null to '' for string-or-null fields: both mean no unit.
  const unitId = input.unit_id || null
  await checkRoleUnit(db, input.role, unitId)
  if (await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst()) {
    throw new YqError(ErrorCode.USER_EXISTS, `user ${username} exists`, 409)
  }
  const password_hash = await hashPassword(input.password)
  const iso = now.toISOString()
  const row = await db.transaction().execute(async (trx) => {
    const r = await trx
      .insertInto('users')
      .values({ username, password_hash, role: input.role, unit_id: unitId, created_at: iso, password_changed_at: iso })
      .returning(['id', 'username', 'role', 'unit_id', 'disabled'])
      .executeTakeFirstOrThrow()
    await appendEvent(trx, { at: iso, type: 'user.created', entity: 'user', entity_id: r.id, actor, payload: { username, role: input.role, unit_id: unitId } })
    return r
  })
  return toPublicUser(row)
}

export async function findUser(db: Kysely<Database>, username: string) {
  return db.selectFrom('users').selectAll().where('username', '=', username.trim().toLowerCase()).executeTakeFirst()
}

/** Role, unit, disabled flag or password; a change of role or a disable ends the user's sessions. */
export async function changeUser(db: Kysely<Database>, username: string, change: UserChange, actor: string, now = new Date()): Promise<PublicUser> {
  const user = await findUser(db, username)
  if (!user) throw new YqError(ErrorCode.USER_NOT_FOUND, `no user ${username}`, 404)
  const role = change.role ?? user.role
  const unitId = change.unit_id !== undefined ? change.unit_id || null : role === 'unit' ? user.unit_id : null
  await checkRoleUnit(db, role, unitId)
  if (change.password !== undefined) checkPassword(change.password, user.username)
  const iso = now.toISOString()
  const set: Record<string, unknown> = { role, unit_id: unitId }
  if (change.disabled !== undefined) set.disabled = change.disabled ? 1 : 0
  if (change.password !== undefined) Object.assign(set, { password_hash: await hashPassword(change.password), password_changed_at: iso, failed_logins: 0, locked_until: null })
  const roleChanged = role !== user.role || unitId !== user.unit_id
  const row = await db.transaction().execute(async (trx) => {
    const r = await trx.updateTable('users').set(set).where('id', '=', user.id).returning(['id', 'username', 'role', 'unit_id', 'disabled']).executeTakeFirstOrThrow()
    if (roleChanged) await appendEvent(trx, { at: iso, type: 'user.role_changed', entity: 'user', entity_id: user.id, actor, payload: { username: user.username, from: { role: user.role, unit_id: user.unit_id }, to: { role, unit_id: unitId } } })
    if (change.disabled !== undefined) await appendEvent(trx, { at: iso, type: change.disabled ? 'user.disabled' : 'user.enabled', entity: 'user', entity_id: user.id, actor, payload: { username: user.username } })
    // A new password lifts every sign-in lock on the name (an admin's reset is how a locked user gets back in).
    if (change.password !== undefined) await trx.deleteFrom('login_failures').where('username', '=', user.username).execute()
    if (change.password !== undefined) await appendEvent(trx, { at: iso, type: 'user.password_changed', entity: 'user', entity_id: user.id, actor, payload: { username: user.username } })
    // Other devices keep no access the account no longer has.
    if (roleChanged || change.disabled || change.password !== undefined) await trx.deleteFrom('sessions').where('user_id', '=', user.id).execute()
    return r
  })
  return toPublicUser(row)
}

export async function listUsers(db: Kysely<Database>): Promise<PublicUser[]> {
  const rows = await db.selectFrom('users').select(['id', 'username', 'role', 'unit_id', 'disabled']).orderBy('id').execute()
  return rows.map(toPublicUser)
}
