import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Agent } from 'undici'
import { ErrorCode, YqError } from '@shared/errors.ts'
import { fetchFeed } from './fetch-feed.ts'
import { tagFresh, type PollContext } from './poll-source.ts'
import { ErrorSchema, SourceKindSchema } from './schemas.ts'
import { checkFeedUrl } from './url-guard.ts'
import { allow } from '../auth/access.ts'

/** Items shown by "test now": enough to judge a feed, few enough to read. */
export const TEST_ITEMS_SHOWN = 10
const SUMMARY_CHARS = 200

export const TestSourceSchema = Type.Object(
  {
    url: Type.String({ minLength: 1, maxLength: 2048 }),
    kind: Type.Optional(SourceKindSchema),
  },
  { additionalProperties: false },
)

const Json = Type.Unknown()
const NullableString = Type.Union([Type.String(), Type.Null()])

export const TestSourceReply = Type.Object({
  url: Type.String(),
  format: Type.String(),
  charset: Type.String(),
  title: NullableString,
  item_count: Type.Integer(),
  items: Type.Array(
    Type.Object({
      title: Type.String(),
      link: NullableString,
      published: NullableString,
      summary: NullableString,
      departments: Json,
      region: Json,
      unit: Json,
      severity: Json,
    }),
  ),
  duplicate_of: Type.Union([Type.Integer(), Type.Null()]),
})

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
      schema: { body: TestSourceSchema, response: { 200: TestSourceReply, 400: ErrorSchema, 502: ErrorSchema } },
    },
    async (req) => {
      if (req.body.kind === 'push') throw new YqError(ErrorCode.SOURCE_KIND, 'a push source has no feed to test; it receives posts', 400)
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
