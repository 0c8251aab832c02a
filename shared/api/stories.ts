import { Type, type Static } from 'typebox'
import { Nullable } from './common.ts'

/** Reports of one event grouped together, so the wall shows one story with N reports, not N rows. */
export const Story = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  report_count: Type.Integer(),
  source_count: Type.Integer(),
  /** When the first report was seen, and the latest: the story's spread over time. */
  first_seen_at: Type.String(),
  last_seen_at: Type.String(),
})
export type Story = Static<typeof Story>

/** One page of GET /api/stories, newest first; `next_cursor` reads the page after it (null: the end). */
export const StoryPage = Type.Object({ stories: Type.Array(Story), next_cursor: Nullable(Type.Integer()) })
export type StoryPage = Static<typeof StoryPage>

export const StoriesQuery = Type.Object(
  {
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
    cursor: Type.Optional(Type.Integer({ minimum: 1 })),
    min_reports: Type.Integer({ minimum: 1, default: 1 }),
  },
  { additionalProperties: false },
)
export type StoriesQuery = Static<typeof StoriesQuery>
