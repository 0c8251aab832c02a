import type { Owner } from './notify-types.ts'

/** The provincial office's duty group (省政府办公厅值班组): one owner, named as the API names it. */
export const DUTY_GROUP: Owner = { type: 'duty_group', id: 'province' }

export const unitOwner = (unitId: string): Owner => ({ type: 'unit', id: unitId })
export const userOwner = (userId: number): Owner => ({ type: 'user', id: String(userId) })
