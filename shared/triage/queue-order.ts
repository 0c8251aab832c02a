import { LEVELS, type Level } from '../types/case.ts'
import type { QueueSort } from '../types/triage.ts'

/**
 * The triage queue's order, once: newest first; or, sorted "severe", by level (I first, untagged
 * last) and then newest first; the story id breaks ties, later first. The server pages through
 * the queue in SQL (server/triage/queue.ts builds its rank and ORDER BY from these) and the
 * client places a live arrival with compareQueueRows, so an arrival lands where a reload would
 * put it; test/integration/triage/queue-order.test.ts holds the two together.
 */

/** 1 for level I … 4 for IV; stories with no level tag rank after every level. */
export const NO_LEVEL_RANK = LEVELS.length + 1

export function levelRank(level: Level | null | undefined): number {
  return level ? LEVELS.indexOf(level) + 1 : NO_LEVEL_RANK
}

export function compareQueueRows(sort: QueueSort): (a: { level: Level | null; first_seen_at: string; story_id: number }, b: { level: Level | null; first_seen_at: string; story_id: number }) => number {
  return (a, b) => (sort === 'severe' ? levelRank(a.level) - levelRank(b.level) : 0) || b.first_seen_at.localeCompare(a.first_seen_at) || b.story_id - a.story_id
}
