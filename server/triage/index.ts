/**
 * The triage concern's public module: the story queue, claims and decisions. Owns triage_claims, triage_decisions, triage_fts.
 * Other concerns import from this file only (eslint.config.js: concern-boundaries).
 */
export type { TriagePluginOptions } from './plugin.ts'
