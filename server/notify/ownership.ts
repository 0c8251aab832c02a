import type { FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import { ErrorCode, YqError } from '@shared/errors.ts'
import type { Owner, OwnerType } from '@shared/notify/owners.ts'
import type { Database } from '../db/index.ts'
import { findUnit } from '../cases/index.ts'
import { userExists } from '../auth/index.ts'

/**
 * Who may manage whose channels and rules: an admin everyone's; a unit account its own unit's;
 * any signed-in account its own personal ones.
 */
export function canManage(req: FastifyRequest, o: Owner): boolean {
  const p = req.principal
  if (!p || p.kind !== 'session') return false
  if (p.role === 'admin') return true
  if (o.owner_type === 'user') return o.owner_id === String(p.user_id)
  return o.owner_type === 'unit' && p.role === 'unit' && p.unit_id === o.owner_id
}

/** The caller's own personal owner. */
export function selfOwner(req: FastifyRequest): Owner {
  const p = req.principal
  return { owner_type: 'user', owner_id: p?.kind === 'session' ? String(p.user_id) : '0' }
}

/** The owner named in a request, checked to exist and to be the caller's to manage. */
export async function requireOwner(db: Kysely<Database>, req: FastifyRequest, owner_type: OwnerType | undefined, owner_id: string | undefined): Promise<Owner> {
  if (owner_type === undefined && owner_id === undefined) return selfOwner(req)
  if (owner_type === undefined || owner_id === undefined) throw new YqError(ErrorCode.BAD_NOTIFY_OWNER, 'name both owner_type and owner_id, or neither (your own)')
  const o: Owner = { owner_type, owner_id }
  const exists =
    owner_type === 'duty_group'
      ? owner_id === 'province'
      : owner_type === 'unit'
        ? !!(await findUnit(db, owner_id))
        : /^\d{1,9}$/.test(owner_id) && (await userExists(db, Number(owner_id)))
  if (!exists) throw new YqError(ErrorCode.BAD_NOTIFY_OWNER, `no ${owner_type} ${owner_id}${owner_type === 'duty_group' ? ' (the provincial duty group is owner_id "province")' : ''}`)
  if (!canManage(req, o)) throw new YqError(ErrorCode.NOTIFY_OWNER, `you may not manage the channels of ${owner_type} ${owner_id}`, 403)
  return o
}
