import type { ChannelKind, NotifyCause } from '@shared/notify/channels.ts'

/** Who a channel or a rule set belongs to. */
export type OwnerType = 'unit' | 'user' | 'duty_group'
export interface Owner {
  type: OwnerType
  id: string
}

/** A channel as GET /api/notify/channels returns it: secrets removed, URL keys masked. */
export interface NotifyChannel {
  id: number
  owner_type: OwnerType
  owner_id: string
  kind: ChannelKind
  name: string
  enabled: boolean
  config: Record<string, unknown>
  has_secret: boolean
  /** Kept by the server from the unit's mobile duty phone (SMS): only enable/disable here. */
  managed: boolean
  last_ok_at: string | null
  last_error: string | null
  created_at: string
}

/** POST …/test: `error` is already in Chinese words, `detail` the provider's own answer. */
export type TestResult = { ok: true } | { ok: false; error: string; detail?: string | null }

export type DeliveryStatus = 'pending' | 'sent' | 'failed' | 'held'
export const DELIVERY_STATUSES: readonly DeliveryStatus[] = ['failed', 'held', 'pending', 'sent']

export interface Delivery {
  id: number
  case_id: number | null
  case_title: string | null
  cause: NotifyCause
  recipient: string
  /** A deleted channel keeps its rows: kind `unknown`, name `#id（已删除）`. */
  channel: { id: number; kind: ChannelKind | 'unknown'; name: string }
  status: DeliveryStatus
  attempts: number
  next_attempt_at: string | null
  sent_at: string | null
  last_error: string | null
  last_detail: string | null
  created_at: string
}

export interface NotifyRules {
  causes: NotifyCause[]
  min_interval_min: number
  quiet_hours: { start: string; end: string } | null
  include_closed: boolean
}

export type { CaseReach } from '@shared/types/case.ts'
