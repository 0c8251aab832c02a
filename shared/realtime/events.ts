import type { Case, DeadlineCrossing } from '../types/case.ts'
import type { Item } from '../types/item.ts'
import type { Source } from '../types/source.ts'
import type { Story } from '../api/stories.ts'
import type { StoryClaim, StoryReleased, StoryRestored, StoryTriaged, TriageCounts } from '../types/triage.ts'

/**
 * Every server event carries the sequence number of the stored change it reports
 * (the event log's id), so a client that sees a gap knows it missed something and resyncs.
 */
export interface Envelope<T> {
  seq: number
  data: T
}

export interface ServerToClientEvents {
  'item:created': (event: Envelope<Item>) => void
  'source:updated': (event: Envelope<Source>) => void
  /** A case was opened; carries the whole case with deadlines and timeline. */
  'case:created': (event: Envelope<Case>) => void
  /** Any change to a case (field, event, level, link); carries the whole case. */
  'case:updated': (event: Envelope<Case>) => void
  /** Sent once per deadline when it enters its due-soon window (also if that happened while the server was down). */
  'deadline:due_soon': (event: Envelope<DeadlineCrossing>) => void
  /** Sent once per deadline when it passes due unmet (also if that happened while the server was down). */
  'deadline:overdue': (event: Envelope<DeadlineCrossing>) => void
  /** Progress of re-tagging the last 7 days after the department catalogue changed. */
  'departments:retag_progress': (event: Envelope<RetagProgress>) => void
  /** A story was created or gained a report. */
  'story:updated': (event: Envelope<Story>) => void
  /** An operator claimed a story in the triage queue (others see who has it). */
  'story:claimed': (event: Envelope<StoryClaim>) => void
  /** A claim ended: released, expired after inactivity, or the story was triaged. */
  'story:released': (event: Envelope<StoryReleased>) => void
  /** Stories left the queue: a case opened or linked, dismissed or marked 关注. */
  'story:triaged': (event: Envelope<StoryTriaged>) => void
  /** A dismissal was undone: the stories are back in the queue. */
  'story:restored': (event: Envelope<StoryRestored>) => void
  /** The numbers at the top of the triage page. */
  'triage:counts': (event: Envelope<TriageCounts>) => void
  /** Sent once on connect: server time for clock correction, build id for reloads, this socket's position (`seq`). */
  'server:hello': (event: ServerHello) => void
  /**
   * Sent every HEARTBEAT_INTERVAL_MS so a quiet system is told apart from a dead link: a wall that
   * hears nothing for longer than STALE_AFTER_MS says its data is stale. `seq` is the seq of the last
   * event sent to this socket's audience (not the log's last: that counts events it is never sent);
   * above the client's own, it missed events and resyncs.
   */
  'server:heartbeat': (event: ServerHello) => void
}

/** `seq` of its envelope is the `departments.updated` event that started the job. */
export interface RetagProgress {
  job_id: number
  done: number
  total: number
  /** Items so far whose tags actually changed: what the preview (POST /api/departments/preview) counted. */
  changed: number
  finished: boolean
}
export const HEARTBEAT_INTERVAL_MS = 5_000
/** Two missed heartbeats and some slack for a slow network. */
export const STALE_AFTER_MS = 2 * HEARTBEAT_INTERVAL_MS + 2_000

export interface ServerHello {
  now: string
  build: string
  /** The seq of the last event sent to this socket's audience (0 when none since the server started). */
  seq: number
}

export type Ack<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } }

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- commands arrive with later issues
export interface ClientToServerEvents {}

export type ServerEventName = keyof ServerToClientEvents
