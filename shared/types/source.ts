/** How a source is read. `push` sources receive posts through the webhook instead of being polled. */
export const SOURCE_KINDS = ['rss', 'atom', 'rdf', 'json', 'push', 'auto'] as const
export type SourceKind = (typeof SOURCE_KINDS)[number]

/** ok: last poll succeeded; degraded: recent failures but within tolerance; failing: backing off. */
export const SOURCE_HEALTHS = ['ok', 'degraded', 'failing'] as const
export type SourceHealth = (typeof SOURCE_HEALTHS)[number]

// A source's wire shapes are written once, as schemas, in shared/api/sources.ts; re-exported for the domain code.
export type { Source, SourcePlace } from '../api/sources.ts'

/** Where an item came from, as tagging reads it: the outlet's name and the place set on it. */
export interface TagSource {
  name: string
  /** A home city or county code, `none` for no place, null or absent to read it from the name. */
  place?: string | null
}

/** Polling faster than every 5 s is unkind to publishers; slower than daily is not monitoring. */
export const MIN_INTERVAL_S = 5
export const MAX_INTERVAL_S = 86_400

/** One push holds at most this many posts; a bridge with more sends several requests. */
export const MAX_PUSH_ITEMS = 500
