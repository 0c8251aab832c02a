/** What an operator decided about a story. `watch` (关注) keeps it visible under the watch filter. */
export const TRIAGE_ACTIONS = ['opened', 'linked', 'dismissed', 'watch'] as const
export type TriageAction = (typeof TRIAGE_ACTIONS)[number]

export type QueueSort = 'newest' | 'severe'

// The triage wire shapes (queue rows, claims, decisions) are written once, as schemas, in
// shared/api/triage.ts; their types are re-exported here for the domain code and the event map.
export type { QueuePage, QueueRow, StoryClaim, StoryReleased, StoryRestored, StoryTriaged, TriageCounts } from '../api/triage.ts'
