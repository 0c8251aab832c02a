import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdParams } from '@shared/api/common.ts'
import { PushToken, Source, SourcePatch } from '@shared/api/sources.ts'
import { ErrorCode, YqError } from '@shared/errors.ts'
import { publishSource, type PollContext } from './poll-source.ts'
import { newPushToken } from './push-token.ts'
import { ErrorSchema } from '../http/index.ts'
import { getSource, isSettablePlace } from './source-store.ts'
import { actorName, allow } from '../auth/index.ts'

const SMALL_BODY_BYTES = 16 * 1024
/** Every route here takes an id and is an admin's: a bad id, the session guard, a missing source. */
const REFUSALS = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema }

/**
 * Changing, pausing, deleting a source and rotating a push source's token. Every change is an
 * event in the log (who and what) and a `source:updated` to open pages.
 */
export const sourceAdminRoutes: FastifyPluginAsyncTypebox<{ ctx: PollContext }> = async (app, opts) => {
  const { ctx } = opts
  const live = async (id: number) => {
    const row = await app.db.selectFrom('sources').selectAll().where('id', '=', id).where('archived_at', 'is', null).executeTakeFirst()
    if (!row) throw new YqError(ErrorCode.SOURCE_NOT_FOUND, 'no such source', 404)
    return row
  }

  app.patch(
    '/api/sources/:id',
    { ...allow(['admin']), bodyLimit: SMALL_BODY_BYTES, schema: { params: IdParams, body: SourcePatch, response: { 200: Source, ...REFUSALS } } },
    async (req) => {
      const row = await live(req.params.id)
      const { name, interval_s, enabled, place } = req.body
      if (name !== undefined && !name.trim()) throw new YqError(ErrorCode.SOURCE_NAME, 'body/name must not be blank')
      if (place !== undefined && place !== null && !isSettablePlace(place)) throw new YqError(ErrorCode.SOURCE_PLACE, 'body/place must be a city or county code of the home province, none, or null')
      const now = ctx.now()
      const soon = (seconds: number) => new Date(now.getTime() + seconds * 1000).toISOString()
      const set: { name?: string; interval_s?: number; enabled?: number; next_poll_at?: string; place?: string | null } = {}
      if (name !== undefined) set.name = name.trim()
      // Items already stored keep their tags; new ones (and a re-tagging) read the new place.
      if (place !== undefined) set.place = place
      if (interval_s !== undefined) {
        set.interval_s = interval_s
        // A shorter interval takes effect now, not after the old, longer wait.
        if (row.next_poll_at > soon(interval_s)) set.next_poll_at = soon(interval_s)
      }
      if (enabled !== undefined) {
        set.enabled = enabled ? 1 : 0
        // A resumed source is read at once rather than at the time it was due while paused.
        if (enabled && !row.enabled) set.next_poll_at = now.toISOString()
      }
      await app.db.updateTable('sources').set(set).where('id', '=', row.id).execute()
      const type = enabled === false && row.enabled ? 'source.paused' : enabled && !row.enabled ? 'source.resumed' : 'source.updated'
      await publishSource(ctx, row.id, type, { ...req.body }, actorName(req))
      return (await getSource(app.db, row.id, now))!
    },
  )

  app.delete(
    '/api/sources/:id',
    { ...allow(['admin']), schema: { params: IdParams, response: { 200: Source, ...REFUSALS } } },
    async (req) => {
      const row = await live(req.params.id)
      const now = ctx.now()
      // Items point at their source (triage and the wall name it): the row stays, archived.
      await app.db.updateTable('sources').set({ archived_at: now.toISOString(), enabled: 0, push_token_hash: null }).where('id', '=', row.id).execute()
      await publishSource(ctx, row.id, 'source.archived', { name: row.name, url: row.url }, actorName(req))
      return (await getSource(app.db, row.id, now))!
    },
  )

  app.post(
    '/api/sources/:id/token',
    {
      ...allow(['admin']),
      bodyLimit: SMALL_BODY_BYTES,
      schema: { params: IdParams, response: { 200: PushToken, ...REFUSALS, 409: ErrorSchema } },
    },
    async (req) => {
      const row = await live(req.params.id)
      if (row.kind !== 'push') throw new YqError(ErrorCode.SOURCE_KIND, 'only a push source has a token', 409)
      const push = newPushToken()
      // The old token stops working at once: a rotation answers a leak.
      await app.db.updateTable('sources').set({ push_token_hash: push.hash }).where('id', '=', row.id).execute()
      await publishSource(ctx, row.id, 'source.token_rotated', {}, actorName(req))
      return { push_token: push.token, push_url: `/api/sources/${row.id}/push` }
    },
  )
}
