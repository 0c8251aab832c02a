/**
 * The db concern's public module: the one Kysely instance, migrations, and the append-only event log whose id is the realtime sequence. Each concern declares its own tables in its own schema.ts by declaration merging on Database.
 * Other concerns import from this file only (eslint.config.js: concern-boundaries).
 */
export { appendEvent, appendEvents, lastEventSeq, type NewEvent } from './event-log.ts'
export type { Migrations } from './migrations.ts'
export type { Database } from './schema.ts'
export { openDatabase } from './plugin.ts'
export { dialectOf, type SqlDialect } from './dialect/dialect.ts'
export type { SearchTerm } from './dialect/search-terms.ts'
export { isUnrepresentableValue } from './dialect/dialect.ts'
export { ReusableQuery, slot } from './reusable-query.ts'
export { readSnapshot } from './snapshot.ts'
