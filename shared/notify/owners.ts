/**
 * Who a channel or a rule belongs to: a unit, a user (personal subscription) or the provincial
 * office's duty group (省政府办公厅 值班), which is `{ owner_type: 'duty_group', owner_id: 'province' }`.
 */
export type OwnerType = 'unit' | 'user' | 'duty_group'
export const OWNER_TYPES: readonly OwnerType[] = ['unit', 'user', 'duty_group']

export interface Owner {
  owner_type: OwnerType
  owner_id: string
}

export const PROVINCIAL_DUTY_GROUP: Owner = Object.freeze({ owner_type: 'duty_group', owner_id: 'province' })

/** `unit:370102`, `user:7`, `duty_group:province`: the recipient part of an idempotency key. */
export function ownerKey(o: Owner): string {
  return `${o.owner_type}:${o.owner_id}`
}
