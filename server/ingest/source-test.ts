import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { FeedTest, TestedFeed } from '@shared/api/sources.ts'
import type { Agent } from 'undici'
import { ErrorCode, YqError } from '@shared/errors.ts'
import { fetchFeed } from './fetch-feed.ts'
import { tagFresh, type PollContext } from './poll-source.ts'
import { ErrorSchema } from '../http/index.ts'
import { checkFeedUrl } from './url-guard.ts'
import { allow } from '../auth/index.ts'

/** Items shown by "test now": enough to judge a feed, few enough to read. */
export const TEST_ITEMS_SHOWN = 10
const SUMMARY_CHARS = 200

export interface SourceTestOptions {
  ctx: PollContext
  agent: Agent
}

/**
 * "Test now" (测试抓取): fetches, decodes, parses and tags a feed exactly as a poll would, with the
 * same address rules and size and time limits, and stores nothing. Fetch failures answer 502 and
 * unreadable documents 400, each with the code the poller would have recorded.
 */
export const sourceTestRoutes: FastifyPluginAsyncTypebox<SourceTestOptions> = async (app, opts) => {
  app.post(
    '/api/sources/test',
    {
      ...allow(['admin']),
      bodyLimit: 16 * 1024,
      schema: { body: FeedTest, response: { 200: TestedFeed, 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 409: ErrorSchema, 502: ErrorSchema } },
    },
    async (req) => {
      if (req.body.kind === 'push') throw new YqError(ErrorCode.SOURCE_KIND, 'a push source has no feed to test; it receives posts')
      const { ctx } = opts
      const url = (await checkFeedUrl(req.body.url.trim(), ctx.allowPrivateFeeds)).href
      const result = await fetchFeed({ url, allowPrivate: ctx.allowPrivateFeeds }, opts.agent, ctx.limits, ctx.now())
      // Without validators the answer is never 304; the guard is for the type.
      if (result.status !== 'ok') throw new YqError(ErrorCode.FEED_HTTP, 'the feed answered 304 without content', 502)
      const feed = await ctx.reader.parseFeed(result.bytes, result.contentType, result.url)
      const shown = feed.items.slice(0, TEST_ITEMS_SHOWN)
      const tags = await tagFresh(ctx.tagItems, shown)
      const existing = await app.db.selectFrom('sources').select('id').where('url', '=', url).where('archived_at', 'is', null).executeTakeFirst()
      return {
        url,
        format: feed.format,
        charset: feed.encoding,
        title: feed.title ?? null,
        item_count: feed.items.length,
        items: shown.map((item, i) => ({
          title: item.title,
          link: item.link,
          published: item.published,
          summary: item.summary && item.summary.slice(0, SUMMARY_CHARS),
          departments: tags[i]?.departments ?? [],
          region: tags[i]?.region ?? null,
          unit: tags[i]?.unit ?? null,
          severity: tags[i]?.severity ?? null,
        })),
        duplicate_of: existing?.id ?? null,
      }
    },
  )
}
