/**
 * The ingest concern's public module: sources, items and stories (fetch → parse → normalise → dedupe → store), and its network guards. Owns sources, items, stories, story_bands.
 * Other concerns import from this file only (eslint.config.js: concern-boundaries).
 */
export { createFeedAgent, parseRetryAfter } from './fetch-feed.ts'
export type { TagInput, TagItems } from './poller.ts'
export { linkItemsToCase, storeItemTagColumns, type ItemTagColumns } from './item-store.ts'
export { enabledSourceHealth, itemIdsSeenSince, itemTexts, itemTextsAfter, itemsForLinking, itemsOfCases, itemsSeenSince, leadReportTags, loadTagged, lockStoryRows, storiesByIds, storyReports, unlinkedItemIds } from './reads.ts'
export { minOverReports, STORIES, storyHasReport, storyHoldsItems, type ReportRefs } from './story-sql.ts'
export { toSimplified } from './simplify.ts'
export { setPlaceDescriber } from './source-store.ts'
export { checkFeedUrl, isPrivateAddress } from './url-guard.ts'
