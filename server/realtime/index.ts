/**
 * The realtime concern's public module: the typed socket.io server, publish after commit, and the audience API the owning concerns register with.
 * Other concerns import from this file only (eslint.config.js: concern-boundaries).
 */
export type { Audience, AudienceRule, Realtime } from './plugin.ts'
