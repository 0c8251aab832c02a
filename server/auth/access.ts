import type { FastifyRequest } from 'fastify'
import type { AccountRole, Role } from './schema.ts'

/**
 * Every route says who may call it, in its route options: `config: { access: ... }`.
 * - `'public'`: anyone, signed in or not.
 * - `{ roles }`: a signed-in principal with one of the roles (display tokens are principals too).
 * - `scope: 'case'`: the route's `:id` is a case; a unit account outside its territory gets 404.
 */
export type Access = 'public' | { roles: readonly Role[]; scope?: 'case' }

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access
  }
  interface FastifyRequest {
    /** Who is calling; null for anonymous requests to public routes. */
    principal: Principal | null
  }
}

export type Principal =
  | { kind: 'session'; role: AccountRole; user_id: number; username: string; unit_id: string | null; csrf_token: string; token_hash: string }
  | { kind: 'display'; role: 'display'; token_id: number; username: string }

/** The role sets routes use; a route lists its own when none fits. */
export const ALL_ROLES: readonly Role[] = ['admin', 'operator', 'unit', 'reviewer', 'display']
export const ACCOUNTS: readonly Role[] = ['admin', 'operator', 'unit', 'reviewer']
export const STAFF: readonly Role[] = ['admin', 'operator', 'reviewer']
/** The wall's readers: the provincial office's staff and the kiosk. */
export const WALL: readonly Role[] = ['admin', 'operator', 'reviewer', 'display']

/** Route options helper: `app.get(url, { ...allow(STAFF), schema }, handler)`. */
export function allow(roles: readonly Role[], scope?: 'case'): { config: { access: Access } } {
  return { config: { access: scope ? { roles, scope } : { roles } } }
}
export const PUBLIC: { config: { access: Access } } = { config: { access: 'public' } }

/** Routes outside /api (the built client, its assets, the demo feed) are public unless they declare otherwise. */
export function mustDeclare(url: string): boolean {
  return url === '/api' || url.startsWith('/api/')
}

/** The name written into audit events and case timelines. */
export function actorName(req: FastifyRequest): string {
  const p = req.principal
  if (!p) return 'anonymous'
  return p.kind === 'display' ? `display:${p.token_id}` : p.username
}
