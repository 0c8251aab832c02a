import { Type, type Static } from 'typebox'
import { Nullable } from './common.ts'

/** The unit hierarchy as GET /api/units answers it (a wall's display token gets no contacts). */
export const Unit = Type.Object({
  id: Type.String(),
  name: Type.String(),
  level: Type.String(),
  parent_id: Nullable(Type.String()),
  duty_phone: Nullable(Type.String()),
  contact_person: Nullable(Type.String()),
})
export type Unit = Static<typeof Unit>

export const UnitList = Type.Object({ units: Type.Array(Unit) })
export type UnitList = Static<typeof UnitList>
