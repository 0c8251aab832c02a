import { Type, type Static } from 'typebox'
import { CONTACT_PERSON_MAX_CHARS, DUTY_PHONE_MAX_CHARS, DUTY_PHONE_PATTERN } from '../format/phone.ts'
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

export const UnitIdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 40 }) })

/** PATCH /api/units/:id: the unit's duty phone and contact person (null or '' clears one). */
export const UnitContactPatch = Type.Object(
  {
    duty_phone: Type.Optional(Nullable(Type.String({ pattern: DUTY_PHONE_PATTERN, maxLength: DUTY_PHONE_MAX_CHARS }))),
    contact_person: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: CONTACT_PERSON_MAX_CHARS, pattern: '\\S' }))),
  },
  { additionalProperties: false },
)
export type UnitContactPatch = Static<typeof UnitContactPatch>
