import type { ColumnType, Generated } from 'kysely'

type Optional<T> = ColumnType<T, T | undefined, T>

export interface NotifyChannelRow {
  id: Generated<number>
  owner_type: string
  owner_id: string
  kind: string
  name: string
  config: string
  enabled: Generated<number>
  created_at: string
  updated_at: string
  last_ok_at: Optional<string | null>
  last_error: Optional<string | null>
  managed: Generated<number>
}

export interface NotifyRuleRow {
  owner_type: string
  owner_id: string
  causes: string
  min_interval_min: number
  quiet_start: string | null
  quiet_end: string | null
  include_closed: number
  updated_at: string
}

export type OutboxStatus = 'pending' | 'sent' | 'failed' | 'held'

export interface NotifyOutboxRow {
  id: Generated<number>
  idempotency_key: string
  case_id: number | null
  story_id: Optional<number | null>
  cause: string
  level: string
  channel_id: number
  recipient_key: string
  recipient: string
  payload: string
  status: OutboxStatus
  attempts: Generated<number>
  next_attempt_at: string
  sent_at: Optional<string | null>
  last_error: Optional<string | null>
  last_detail: Optional<string | null>
  digest_key: Optional<string | null>
  created_at: string
}

export interface NotifyEscalationRow {
  case_id: number
  kind: string
  due_at: string
  step: number
  at: string
}

declare module '../db/schema.ts' {
  interface Database {
    notify_channels: NotifyChannelRow
    notify_rules: NotifyRuleRow
    notify_outbox: NotifyOutboxRow
    notify_escalations: NotifyEscalationRow
  }
}
