/**
 * What one process tells the others so their in-memory copies follow the database. Each handler
 * reloads from the database rather than trusting the message, so a message lost in a Redis blip is
 * made good by the resync every process runs when its Redis connection comes back.
 */
export interface ClusterTopics {
  /** PUT /api/departments stored a new catalogue (and re-tagging started where it was stored). */
  'catalogue:changed': Record<string, never>
  /** Units were added, renamed, moved or merged. */
  'units:changed': Record<string, never>
  /** A case's units (responsible, lead, cooperating, forwarded) as last published, for routing its later events. */
  'case:units': { case_id: number; unit_ids: string[] }
}

export type ClusterTopic = keyof ClusterTopics

/** `local`: this process changed it. `peer`: another process announced it. `resync`: Redis came back and announcements may have been lost. */
export type ClusterReason = 'local' | 'peer' | 'resync'
