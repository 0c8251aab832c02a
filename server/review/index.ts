/**
 * The review concern's public module: timeliness review, bulletins (通报), spot checks (不定期检查). Owns review_bulletins, review_checks.
 * Other concerns import from this file only (eslint.config.js: concern-boundaries).
 */
export type { ReviewPluginOptions } from './plugin.ts'
