import type { CreatedToken, DisplayToken, NewUser, TokenList, User, UserChange, UserList } from '@shared/api/accounts.ts'
import { getJson, sendJson } from '../../shared/api.ts'

/** The account and token shapes of /api/users and /api/display-tokens (shared/api/accounts.ts). */
export type { DisplayToken, UserChange }
export type AdminUser = User

export const fetchUsers = () => getJson<UserList>('/api/users')
export const createUser = (u: NewUser) => sendJson<AdminUser>('POST', '/api/users', u)
export const changeUser = (username: string, change: UserChange) => sendJson<AdminUser>('PATCH', `/api/users/${encodeURIComponent(username)}`, change)
export const fetchTokens = () => getJson<TokenList>('/api/display-tokens')
export const createToken = (name: string) => sendJson<CreatedToken>('POST', '/api/display-tokens', { name })
export const revokeToken = (id: number) => sendJson<DisplayToken>('DELETE', `/api/display-tokens/${id}`, undefined)

/** The server's error code, for putting its refusal beside the right field. */
export function errorCode(e: unknown): string | undefined {
  return (e as { code?: string }).code
}

export const MIN_PASSWORD_CHARS = 10
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,39}$/
