import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdParams } from '@shared/api/common.ts'
import { ErrorCode, YqError } from '@shared/errors.ts'
import type { SourceKind } from '@shared/types/source.ts'
import { appendEvent } from '../db/index.ts'
import { toItem } from './item-store.ts'
import type { Poller } from './poller.ts'
import { newPushToken } from './push-token.ts'
import { ItemPage, ItemsQuery } from '@shared/api/items.ts'
import { CreatedSource, NewSource, PolledSource, SourceList } from '@shared/api/sources.ts'
import { ErrorSchema } from '../http/index.ts'
import { getSource, insertSource, isSettablePlace, listSources, reviveSource } from './source-store.ts'
import { checkFeedUrl } from './url-guard.ts'
import { actorName, ALL_ROLES, allow, WALL } from '../auth/index.ts'
import { caseInTerritory } from '../cases/index.ts'
import { dialectOf } from '../db/index.ts'

export interface IngestRouteOptions {
  poller: Poller
  allowPrivateFeeds: boolean
}

/** What the session guard answers before a route runs: not signed in, or not allowed. */
const GUARD = { 401: ErrorSchema, 403: ErrorSchema }

export const ingestRoutes: FastifyPluginAsyncTypebox<IngestRouteOptions> = async (app, opts) => {
  app.get('/api/sources', { ...allow(WALL), schema: { response: { 200: SourceList, ...GUARD } } }, async () => ({
    sources: await listSources(app.db, new Date()),
  }))

  app.post(
    '/api/sources',
    { ...allow(['admin']), schema: { body: NewSource, response: { 201: CreatedSource, 400: ErrorSchema, ...GUARD, 409: ErrorSchema } } },
    async (req, reply) => {
      const now = new Date()
      const kind = (req.body.kind ?? 'auto') as SourceKind
      const name = req.body.name.trim()
      if (!name) throw new YqError(ErrorCode.SOURCE_NAME, 'body/name must not be blank')
      const place = req.body.place ?? null
      if (place !== null && !isSettablePlace(place)) throw new YqError(ErrorCode.SOURCE_PLACE, 'body/place must be a city or county code of the home province, none, or null')
      if (kind === 'push') {
        // A push source has no feed to fetch; its secret is shown here once and never again.
        const push = newPushToken()
        const id = await insertSource(app.db, { name, url: push.url, kind, interval_s: req.body.interval_s, place }, now)
        await app.db.updateTable('sources').set({ push_token_hash: push.hash }).where('id', '=', id).execute()
        const seq = await appendEvent(app.db, { at: now.toISOString(), type: 'source.created', entity: 'source', entity_id: id, actor: actorName(req), payload: { kind } })
        const created = (await getSource(app.db, id, now))!
        app.realtime.publish('source:updated', { seq, data: created })
        return reply.code(201).send({ ...created, push_token: push.token, push_url: `/api/sources/${id}/push` })
      }
      if (!req.body.url) throw new YqError(ErrorCode.SOURCE_URL_REFUSED, 'a feed URL is required (only push sources have none)')
      const url = (await checkFeedUrl(req.body.url.trim(), opts.allowPrivateFeeds)).href
      const existing = await app.db.selectFrom('sources').select(['id', 'archived_at']).where('url', '=', url).executeTakeFirst()
      if (existing && !existing.archived_at) throw new YqError(ErrorCode.SOURCE_DUPLICATE, `this feed is already source ${existing.id}`, 409)
      // A deleted feed added again is the same source back, with the items it kept.
      const id = existing ? await reviveSource(app.db, existing.id, { name, kind, interval_s: req.body.interval_s, place }, now) : await insertSource(app.db, { name, url, kind, interval_s: req.body.interval_s, place }, now)
      const seq = await appendEvent(app.db, { at: now.toISOString(), type: existing ? 'source.restored' : 'source.created', entity: 'source', entity_id: id, actor: actorName(req), payload: { url } })
      const created = (await getSource(app.db, id, now))!
      app.realtime.publish('source:updated', { seq, data: created })
      return reply.code(201).send(created)
    },
  )

  app.post(
    '/api/sources/:id/poll',
    {
      ...allow(['admin', 'operator']),
      schema: {
        params: IdParams,
        response: { 200: PolledSource, 400: ErrorSchema, ...GUARD, 404: ErrorSchema, 409: ErrorSchema },
      },
    },
    async (req, reply) => {
      const source = await getSource(app.db, req.params.id, new Date())
      if (!source || source.archived) return reply.code(404).send({ statusCode: 404, code: ErrorCode.SOURCE_NOT_FOUND, message: 'no such source' })
      if (source.kind === 'push') throw new YqError(ErrorCode.SOURCE_KIND, 'a push source is not polled; it receives posts at its push URL', 409)
      const outcome = await opts.poller.pollNow(source.id)
      return { source: (await getSource(app.db, source.id, new Date()))!, new_items: outcome.newItems }
    },
  )

  app.get(
    '/api/items',
    {
      ...allow(ALL_ROLES),
      schema: {
        querystring: ItemsQuery,
        response: { 200: ItemPage, 400: ErrorSchema, ...GUARD },
      },
    },
    async (req) => {
      const { limit, cursor, source_id } = req.query
      let query = app.db.selectFrom('items').selectAll().orderBy('id', 'desc').limit(limit + 1)
      if (cursor !== undefined) query = query.where('id', '<', cursor)
      if (source_id !== undefined) query = query.where('source_id', '=', source_id)
      // 属地: a unit sees only the items of cases it may see.
      const p = req.principal
      if (p?.role === 'unit') query = query.where(caseInTerritory(dialectOf(app.db), p.unit_id!, 'items.case_id'))
      const rows = await query.execute()
      const page = rows.slice(0, limit)
      return { items: page.map(toItem), next_cursor: rows.length > limit ? page[page.length - 1]!.id : null }
    },
  )
}
