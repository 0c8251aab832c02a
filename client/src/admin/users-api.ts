import type { AccountRole } from '@shared/types/role.ts'
import { getJson, sendJson } from '../api.ts'

export interface AdminUser {
  id: number
  username: string
  role: AccountRole
  unit_id: string | null
  disabled: boolean
}

export interface DisplayToken {
  id: number
  name: string
  created_at: string
  revoked_at: string | null
  last_used_at: string | null
}

export interface UserChange {
  role?: AccountRole
  unit_id?: string | null
  disabled?: boolean
  password?: string
}

export const fetchUsers = () => getJson<{ users: AdminUser[] }>('/api/users')
export const createUser = (u: { username: string; password: string; role: AccountRole; unit_id: string | null }) => sendJson<AdminUser>('POST', '/api/users', u)
export const changeUser = (username: string, change: UserChange) => sendJson<AdminUser>('PATCH', `/api/users/${encodeURIComponent(username)}`, change)
export const fetchTokens = () => getJson<{ tokens: DisplayToken[] }>('/api/display-tokens')
export const createToken = (name: string) => sendJson<{ token: DisplayToken; secret: string; link: string }>('POST', '/api/display-tokens', { name })
export const revokeToken = (id: number) => sendJson<DisplayToken>('DELETE', `/api/display-tokens/${id}`, undefined)

/** The server's error code, for putting its refusal beside the right field. */
export function errorCode(e: unknown): string | undefined {
  return (e as { code?: string }).code
}

export const MIN_PASSWORD_CHARS = 10
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,39}$/
