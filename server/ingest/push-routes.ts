import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdParams } from '@shared/api/common.ts'
import { PushBody, PushReceipt } from '@shared/api/sources.ts'
import { MAX_PUSH_ITEMS } from '@shared/types/source.ts'
import { ErrorCode, YqError } from '@shared/errors.ts'
import { ingestItems, publishSource } from './poll-source.ts'
import type { Poller } from './poller.ts'
import { tokenFromHeaders, tokenMatches } from './push-token.ts'
import { ErrorSchema } from '../http/index.ts'
import { PUBLIC } from '../auth/index.ts'

const PUSH_BODY_LIMIT_BYTES = 4 * 1024 * 1024

export const pushRoutes: FastifyPluginAsyncTypebox<{ poller: Poller }> = async (app, opts) => {
  app.post(
    '/api/sources/:id/push',
    {
      // Public to the session guard: a push source has its own per-source secret token.
      ...PUBLIC,
      bodyLimit: PUSH_BODY_LIMIT_BYTES,
      schema: {
        params: IdParams,
        body: PushBody,
        response: { 200: PushReceipt, 400: ErrorSchema, 401: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema },
      },
      // The token is checked as soon as the request is routed, before any body is read.
      onRequest: async (req) => {
        const { id } = req.params as { id: number }
        const source = await app.db.selectFrom('sources').select(['kind', 'push_token_hash', 'archived_at', 'enabled']).where('id', '=', Number(id)).executeTakeFirst()
        const given = tokenFromHeaders(req.headers)
        if (!source || source.archived_at) throw new YqError(ErrorCode.SOURCE_NOT_FOUND, 'no such source', 404)
        if (source.kind !== 'push') throw new YqError(ErrorCode.SOURCE_KIND, 'this source is polled, not pushed to', 409)
        if (!tokenMatches(given, source.push_token_hash)) throw new YqError(ErrorCode.PUSH_TOKEN, 'missing or wrong push token', 401)
        if (!source.enabled) throw new YqError(ErrorCode.SOURCE_PAUSED, 'this source is paused; an admin resumes it at /admin/sources', 409)
      },
    },
    async (req) => {
      const { ctx } = opts.poller
      // Cleaned in the reading thread: 500 posts of 200,000 characters of nested HTML held the loop for 12 s.
      const items = await ctx.reader.readPushItems(req.body.items)
      // A push has no next poll to take a remainder: all of its (at most MAX_PUSH_ITEMS) posts are stored, in batches.
      const { newItems } = await ingestItems({ ...ctx, maxItemsPerPoll: Math.max(ctx.maxItemsPerPoll, MAX_PUSH_ITEMS) }, req.params.id, items)
      const now = opts.poller.ctx.now().toISOString()
      await app.db
        .updateTable('sources')
        .set({ health: 'ok', last_error: null, fail_count: 0, last_success_at: now, last_polled_at: now })
        .where('id', '=', req.params.id)
        .execute()
      if (newItems > 0) await publishSource(opts.poller.ctx, req.params.id, 'source.pushed', { new_items: newItems })
      return { accepted: items.length, new_items: newItems }
    },
  )
}
