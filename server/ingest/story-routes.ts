import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { StoriesQuery, StoryPage } from '@shared/api/stories.ts'
import { listStories } from './story-store.ts'
import { ErrorSchema } from '../http/index.ts'
import { allow, WALL } from '../auth/index.ts'

export const storyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/stories',
    { ...allow(WALL), schema: { querystring: StoriesQuery, response: { 200: StoryPage, 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema } } },
    async (req) => listStories(app.db, req.query.limit, req.query.cursor, req.query.min_reports),
  )
}
