import type { Principal } from './access.ts'

/**
 * The socket.io rooms a signed-in socket joins: one per staff role, one per unit account's unit.
 * Other concerns name their audiences with these (see Realtime.addAudience), never with raw strings.
 */
export const WALL_ROOMS: readonly string[] = ['role:admin', 'role:operator', 'role:reviewer', 'role:display']
export const OFFICE_ROOMS: readonly string[] = ['role:admin', 'role:operator']
/** The room of the kiosk screens (display tokens), which get a narrower projection of case events. */
export const DISPLAY_ROOM = 'role:display'

export function unitRoom(unitId: string): string {
  return `unit:${unitId}`
}

export function roomsOf(p: Principal): string[] {
  return p.role === 'unit' ? [unitRoom((p as { unit_id: string }).unit_id)] : [`role:${p.role}`]
}
