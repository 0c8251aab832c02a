/** How a source is read. `push` sources receive posts through the webhook instead of being polled. */
export type SourceKind = 'rss' | 'atom' | 'rdf' | 'json' | 'push' | 'auto'

/** ok: last poll succeeded; degraded: recent failures but within tolerance; failing: backing off. */
export type SourceHealth = 'ok' | 'degraded' | 'failing'

/** A feed the system watches (信息来源). */
export interface Source {
  id: number
  name: string
  url: string
  kind: SourceKind
  interval_s: number
  enabled: boolean
  builtin: boolean
  health: SourceHealth
  last_error: string | null
  last_success_at: string | null
  items_24h: number
  charset: string | null
  /** The stable code of the last failure (shared/errors.ts), so pages can say it in words. */
  last_error_code: string | null
  /** Deleted by an admin: no longer polled or listed; its items stay. */
  archived: boolean
}

/** Polling faster than every 5 s is unkind to publishers; slower than daily is not monitoring. */
export const MIN_INTERVAL_S = 5
export const MAX_INTERVAL_S = 86_400
