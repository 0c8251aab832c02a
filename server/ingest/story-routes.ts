import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { listStories } from './story-store.ts'

export const StorySchema = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  report_count: Type.Integer(),
  source_count: Type.Integer(),
  first_seen_at: Type.String(),
  last_seen_at: Type.String(),
})

export const storyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/stories',
    {
      schema: {
        querystring: Type.Object(
          {
            limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
            cursor: Type.Optional(Type.Integer({ minimum: 1 })),
            min_reports: Type.Integer({ minimum: 1, default: 1 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ stories: Type.Array(StorySchema), next_cursor: Type.Union([Type.Integer(), Type.Null()]) }) },
      },
    },
    async (req) => listStories(app.db, req.query.limit, req.query.cursor, req.query.min_reports),
  )
}
