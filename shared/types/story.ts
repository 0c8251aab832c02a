/** Reports of one event grouped together, so the wall shows one story with N reports, not N rows. */
export interface Story {
  id: number
  title: string
  report_count: number
  source_count: number
  /** When the first report was seen, and the latest: the story's spread over time. */
  first_seen_at: string
  last_seen_at: string
}
