import type { ColumnType, Generated } from 'kysely'
import type { AccountRole } from '@shared/types/role.ts'

export { ACCOUNT_ROLES, ROLES, type AccountRole, type Role } from '@shared/types/role.ts'

export interface UserRow {
  id: Generated<number>
  username: string
  password_hash: string
  role: AccountRole
  unit_id: string | null
  disabled: Generated<number>
  failed_logins: Generated<number>
  locked_until: string | null
  created_at: string
  password_changed_at: string
}

export interface SessionRow {
  token_hash: string
  user_id: number
  csrf_token: string
  created_at: string
  last_seen_at: string
}

export interface DisplayTokenRow {
  id: Generated<number>
  token_hash: string
  name: string
  created_at: string
  revoked_at: string | null
  /** Optional on insert: a new token has not been used. */
  last_used_at: ColumnType<string | null, string | null | undefined, string | null>
}

export interface LoginFailureRow {
  /** As typed, trimmed and lower-cased: unknown names are counted like real ones. */
  username: string
  address: string
  failures: number
  last_failed_at: string
  locked_until: string | null
}

/** A sign-in rate-limit counter kept in the database (PostgreSQL without Redis). */
export interface LoginRateHitRow {
  /** The route and the address, as @fastify/rate-limit names them. */
  key: string
  hits: number
  window_ends_at: string
}

declare module '../db/schema.ts' {
  interface Database {
    login_failures: LoginFailureRow
    login_rate_hits: LoginRateHitRow
    users: UserRow
    sessions: SessionRow
    display_tokens: DisplayTokenRow
  }
}
