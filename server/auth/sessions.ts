import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../db/index.ts'
import { randomToken } from './password.ts'
import type { AccountRole } from './schema.ts'
import './schema.ts'

export const SESSION_COOKIE = 'yq_session'

export interface SessionPolicy {
  /** A session unused this long ends (a forgotten browser in an office). */
  idleMs: number
  /** A session ends this long after login whatever its use. */
  absoluteMs: number
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex')
}

export interface SessionUser {
  user_id: number
  username: string
  role: AccountRole
  unit_id: string | null
  csrf_token: string
  token_hash: string
}

export async function createSession(db: Kysely<Database>, userId: number, now: Date): Promise<{ token: string; csrf_token: string }> {
  const token = randomToken()
  const csrf_token = randomToken()
  const iso = now.toISOString()
  await db.insertInto('sessions').values({ token_hash: sha256(token), user_id: userId, csrf_token, created_at: iso, last_seen_at: iso }).execute()
  return { token, csrf_token }
}

/**
 * The live session for a cookie value; null when unknown, expired or its user disabled. `touch` marks
 * it used: true for a person's HTTP request, false for a socket's handshake or re-check, which happen
 * by themselves while a tab sits open and must not keep an idle session alive.
 */
export async function resolveSession(db: Kysely<Database>, token: string, policy: SessionPolicy, now: Date, touch = true): Promise<SessionUser | null> {
  const tokenHash = sha256(token)
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['s.token_hash', 's.csrf_token', 's.created_at', 's.last_seen_at', 'u.id as user_id', 'u.username', 'u.role', 'u.unit_id', 'u.disabled'])
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst()
  if (!row) return null
  const t = now.getTime()
  if (row.disabled === 1 || t - Date.parse(row.last_seen_at) > policy.idleMs || t - Date.parse(row.created_at) > policy.absoluteMs) {
    await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute()
    return null
  }
  // Touch at most once a minute: every wall poll need not be a write.
  if (touch && t - Date.parse(row.last_seen_at) > 60_000) await db.updateTable('sessions').set({ last_seen_at: now.toISOString() }).where('token_hash', '=', tokenHash).execute()
  return { user_id: row.user_id, username: row.username, role: row.role, unit_id: row.unit_id, csrf_token: row.csrf_token, token_hash: row.token_hash }
}

export async function endSession(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute()
}

/** Writes of `last_used_at` are at most this often: a wall re-checks its token every few seconds. */
export const TOKEN_TOUCH_MS = 60_000

/** A live display (kiosk) token's id, or null when unknown or revoked; notes its use for the admin's list. */
export async function resolveDisplayToken(db: Kysely<Database>, token: string, now = new Date()): Promise<{ id: number; name: string } | null> {
  const row = await db.selectFrom('display_tokens').select(['id', 'name', 'last_used_at']).where('token_hash', '=', sha256(token)).where('revoked_at', 'is', null).executeTakeFirst()
  if (!row) return null
  if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) > TOKEN_TOUCH_MS) {
    await db.updateTable('display_tokens').set({ last_used_at: now.toISOString() }).where('id', '=', row.id).execute()
  }
  return { id: row.id, name: row.name }
}
