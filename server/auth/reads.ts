import { sql, type Kysely } from 'kysely'
import { dialectOf, type Database } from '../db/index.ts'
import './schema.ts'

/** Reads of auth's accounts that other concerns need (notify's recipients); `db` may be a transaction. */
type Db = Kysely<Database>

/** An account's name by id; undefined when there is none. */
export async function usernameOf(db: Db, id: number): Promise<string | undefined> {
  return (await db.selectFrom('users').select('username').where('id', '=', id).executeTakeFirst())?.username
}

export async function userExists(db: Db, id: number): Promise<boolean> {
  return !!(await db.selectFrom('users').select('id').where('id', '=', id).executeTakeFirst())
}

/**
 * The enabled accounts as a query the caller narrows further (as `u`, with `user_id`, `role`,
 * `unit_id`): notify keeps its EXISTS over its channels in the same statement, not one query per user.
 */
export function enabledAccounts(db: Db) {
  return db.selectFrom('users as u').select(['u.id as user_id', 'u.role', 'u.unit_id']).where('u.disabled', '=', 0)
}

/**
 * Points the accounts of unit `from` at unit `to` (the cases concern merging duplicate units). It
 * may run inside cases' migrations before auth's tables exist: then there is nothing to move.
 */
export async function moveUnitAccounts(db: Kysely<unknown>, from: string, to: string): Promise<void> {
  if (await dialectOf(db).tableExists(db, 'users')) await sql`UPDATE users SET unit_id = ${to} WHERE unit_id = ${from}`.execute(db)
}
