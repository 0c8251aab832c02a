import type { Generated } from 'kysely'

export const ROLES = ['admin', 'operator', 'unit', 'reviewer', 'display'] as const
export type Role = (typeof ROLES)[number]
/** Roles an account can have; `display` is a kiosk token, never a password account. */
export const ACCOUNT_ROLES = ['admin', 'operator', 'unit', 'reviewer'] as const
export type AccountRole = (typeof ACCOUNT_ROLES)[number]

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
}

declare module '../db/schema.ts' {
  interface Database {
    users: UserRow
    sessions: SessionRow
    display_tokens: DisplayTokenRow
  }
}
