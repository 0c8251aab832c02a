import { Type, type Static } from 'typebox'
import { ACCOUNT_ROLES, ROLES } from '../types/role.ts'
import { Literals, Nullable } from './common.ts'

/** Accounts, sign-in and kiosk display tokens: /api/auth/*, /api/users, /api/display-tokens (/login, /account, /admin/users). */

/** An account as every route shows it: never its password hash. */
export const User = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  role: Literals(ACCOUNT_ROLES),
  unit_id: Nullable(Type.String()),
  disabled: Type.Boolean(),
})
export type User = Static<typeof User>

export const LoginBody = Type.Object({ username: Type.String({ minLength: 1, maxLength: 200 }), password: Type.String({ minLength: 1, maxLength: 1000 }) }, { additionalProperties: false })

/** POST /api/auth/login: the session cookie is set beside it; the page keeps the CSRF token for writes. */
export const SignedIn = Type.Object({ user: User, csrf_token: Type.String() })
export type SignedIn = Static<typeof SignedIn>

/** GET /api/auth/me: a kiosk's display token has no account and no CSRF token. */
export const Me = Type.Object({ user: Nullable(User), role: Literals(ROLES), csrf_token: Nullable(Type.String()) })
export type Me = Static<typeof Me>

export const PasswordChange = Type.Object({ current_password: Type.String({ minLength: 1, maxLength: 1000 }), new_password: Type.String({ minLength: 1, maxLength: 1000 }) }, { additionalProperties: false })

export const UserList = Type.Object({ users: Type.Array(User) })
export type UserList = Static<typeof UserList>

const Role = Literals(ACCOUNT_ROLES)
/** Username, password strength and the role's unit are checked in code, each with its own error code. */
const UnitInput = Type.Optional(Nullable(Type.String({ maxLength: 40 })))

export const NewUser = Type.Object({ username: Type.String({ maxLength: 40 }), password: Type.String({ maxLength: 200 }), role: Role, unit_id: UnitInput })
export type NewUser = Static<typeof NewUser>

export const UsernameParams = Type.Object({ username: Type.String({ maxLength: 40 }) })

/** Role, unit, disabled flag or password. */
export const UserChange = Type.Object({ role: Type.Optional(Role), unit_id: UnitInput, disabled: Type.Optional(Type.Boolean()), password: Type.Optional(Type.String({ maxLength: 200 })) })
export type UserChange = Static<typeof UserChange>

/** A wall screen's display token; its secret is shown once, when made (`CreatedToken`). */
export const DisplayToken = Type.Object({ id: Type.Integer(), name: Type.String(), created_at: Type.String(), revoked_at: Nullable(Type.String()), last_used_at: Nullable(Type.String()) })
export type DisplayToken = Static<typeof DisplayToken>

export const TokenList = Type.Object({ tokens: Type.Array(DisplayToken) })
export type TokenList = Static<typeof TokenList>

export const NewToken = Type.Object({ name: Type.String({ minLength: 1, maxLength: 80 }) })

export const CreatedToken = Type.Object({ token: DisplayToken, secret: Type.String(), link: Type.String() })
export type CreatedToken = Static<typeof CreatedToken>
