/**
 * The classify concern's public module: tagging (department / region / unit / severity), the department catalogue and the segmenter. Owns item_tags, departments.
 * Other concerns import from this file only (eslint.config.js: concern-boundaries).
 */
export { cut, splitLatin } from './segmenter.ts'
export { queryWordsInThread, searchWordsInThread } from './tag-thread.ts'
export { itemHasTag, itemLevelRank } from './tag-sql.ts'
export { recordUnitChoice } from './corrections.ts'
export type { CatalogueHolder } from './plugin.ts'
