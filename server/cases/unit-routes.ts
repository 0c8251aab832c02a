import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ErrorCode, YqError } from '@shared/errors.ts'
import { Unit as UnitSchema, UnitContactPatch, UnitIdParams, UnitList } from '@shared/api/units.ts'
import { appendEvent } from '../db/index.ts'
import { ErrorSchema } from '../http/index.ts'
import { actorName, ALL_ROLES, allow } from '../auth/index.ts'

const COLUMNS = ['id', 'name', 'level', 'parent_id', 'duty_phone', 'contact_person'] as const

/** The unit hierarchy (province → city → county, departments under each) and each unit's contacts. */
export const unitRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/units', { ...allow(ALL_ROLES), schema: { response: { 200: UnitList } } }, async (req) => {
    // Merged duplicates (migration 0120) are kept for old timelines but never offered.
    const units = await app.db.selectFrom('units').select(COLUMNS).where('merged_into', 'is', null).orderBy('id').execute()
    // A wall screen stands in a room visitors pass through: it names units, never their duty phones.
    if (req.principal?.role === 'display') return { units: units.map((u) => ({ ...u, duty_phone: null, contact_person: null })) }
    return { units }
  })

  app.patch(
    '/api/units/:id',
    { ...allow(['admin']), schema: { params: UnitIdParams, body: UnitContactPatch, response: { 200: UnitSchema, 400: ErrorSchema, 404: ErrorSchema } } },
    async (req) => {
      // Fastify coerces a JSON null to '' for string-or-null fields: both clear the contact.
      const set: { duty_phone?: string | null; contact_person?: string | null } = {}
      if (req.body.duty_phone !== undefined) set.duty_phone = req.body.duty_phone?.trim() || null
      if (req.body.contact_person !== undefined) set.contact_person = req.body.contact_person?.trim() || null
      const before = await app.db.selectFrom('units').select(COLUMNS).where('id', '=', req.params.id).executeTakeFirst()
      if (!before) throw new YqError(ErrorCode.UNIT_NOT_FOUND, `no unit ${req.params.id}`, 404)
      if (Object.keys(set).length === 0) return before
      const now = new Date().toISOString()
      return app.db.transaction().execute(async (trx) => {
        const unit = await trx.updateTable('units').set(set).where('id', '=', req.params.id).returning(COLUMNS).executeTakeFirstOrThrow()
        await appendEvent(trx, { at: now, type: 'unit.contacts_changed', entity: 'unit', entity_id: null, actor: actorName(req), payload: { unit_id: unit.id, ...set } })
        return unit
      })
    },
  )
}
