/**
 * The notification channels (预警推送) a unit, a user or the provincial duty group can be reached by.
 * Shared by the server (validation, adapters) and the client (one generic channel form): a kind's
 * fields are listed once here, secrets marked so the API never returns them and the form never
 * shows them back.
 */
export type ChannelKind = 'wecom' | 'dingtalk' | 'feishu' | 'email' | 'sms' | 'webhook'
export const CHANNEL_KINDS: readonly ChannelKind[] = ['wecom', 'dingtalk', 'feishu', 'email', 'sms', 'webhook']

/** Where an outbox row stands. */
export type DeliveryStatus = 'pending' | 'sent' | 'failed' | 'held'
/** In the order the delivery log's filter offers them. */
export const DELIVERY_STATUSES: readonly DeliveryStatus[] = ['failed', 'held', 'pending', 'sent']

export interface ChannelField {
  /** The key in the channel's config object. */
  name: string
  /** `list`: several values, one per line in the form (e-mail addresses, phone numbers). */
  type: 'url' | 'text' | 'secret' | 'list' | 'select'
  required: boolean
  /** For `select`. */
  options?: readonly string[]
}

/**
 * Per kind: its fields and limits. `maxChars` is the longest text one message may carry on that
 * channel (longer digests are split); `perMinute` the provider's documented rate limit, null
 * where the provider states none. SMTP and the SMS provider are deployment settings (config):
 * an email or sms channel lists only its recipients.
 */
export const CHANNEL_SPECS: Readonly<Record<ChannelKind, { fields: readonly ChannelField[]; maxChars: number; perMinute: number | null }>> = {
  // 企业微信 group robot: markdown content ≤ 4096 bytes, 20 messages a minute per robot.
  wecom: { fields: [{ name: 'url', type: 'url', required: true }, { name: 'msgtype', type: 'select', required: false, options: ['markdown', 'text'] }], maxChars: 1300, perMinute: 20 },
  // 钉钉 custom robot with 加签: 20 messages a minute per robot.
  dingtalk: { fields: [{ name: 'url', type: 'url', required: true }, { name: 'secret', type: 'secret', required: true }], maxChars: 6000, perMinute: 20 },
  // 飞书 custom bot with 签名校验: 100 a minute, 5 a second.
  feishu: { fields: [{ name: 'url', type: 'url', required: true }, { name: 'secret', type: 'secret', required: false }, { name: 'msg_type', type: 'select', required: false, options: ['post', 'text', 'interactive'] }], maxChars: 6000, perMinute: 100 },
  email: { fields: [{ name: 'to', type: 'list', required: true }], maxChars: 100_000, perMinute: null },
  sms: { fields: [{ name: 'phones', type: 'list', required: true }], maxChars: 70, perMinute: null },
  // A generic outgoing webhook: JSON body documented in docs/notifications.md, HMAC-SHA256 header.
  webhook: { fields: [{ name: 'url', type: 'url', required: true }, { name: 'secret', type: 'secret', required: true }], maxChars: 100_000, perMinute: null },
}

/** What a message is about; the rule tables and the idempotency key use these names. */
export type NotifyCause =
  | 'forwarded' // 转办 to a unit
  | 'due_soon' // a deadline turned 即将超时
  | 'overdue' // a deadline turned 超时
  | 'still_overdue' // reminder every N minutes while overdue
  | 'escalated' // the next level up is told (not 签收 in time / overdue)
  | 'level_raised'
  | 'story_major' // a new untriaged story suggested at level I/II (provincial duty group)
  | 'closed'
  | 'returned' // 退回: a 转办 handed back to the unit that forwarded it
  | 'extension_decided' // 延期申请 approved or refused by the office
export const NOTIFY_CAUSES: readonly NotifyCause[] = ['forwarded', 'due_soon', 'overdue', 'still_overdue', 'escalated', 'level_raised', 'story_major', 'closed', 'returned', 'extension_decided']

/** One message as a channel adapter receives it: already rendered in Chinese, plain text and markdown. */
export interface OutgoingMessage {
  /** Short heading, e.g. 【Ⅱ级 转办】济南市历下区… */
  title: string
  /** Plain text (SMS, text robots, e-mail text part). */
  text: string
  /** Markdown for robots that render it; the same content as `text`. */
  markdown: string
  /** Absolute link to the case (or the story) page. */
  link: string
  /** Stable per (case, cause, recipient, channel[, digest part]): receivers may deduplicate on it. */
  idempotencyKey: string
  /** Why it is sent; the generic webhook puts it in `event` ('test' for a test-send). */
  cause?: NotifyCause | 'test'
  /** The case it is about, when there is one (the generic webhook's `case_id`). */
  caseId?: number
}
