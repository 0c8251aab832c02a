import type { ChannelKind, OutgoingMessage } from '@shared/notify/channels.ts'
import type { SmsSettings, SmtpSettings } from './settings.ts'

/** The answer of one attempt, as the dispatcher and the delivery log need it. */
export type SendResult =
  /** `detail`: sent, with something worth a line in the log (e.g. one of three e-mail recipients refused). */
  | { ok: true; detail?: string }
  | {
      ok: false
      /** Try again later (network, 5xx, rate limit) or never (bad key, bad signature, bad config). */
      retryable: boolean
      /** The channel said "too many": hold and merge into a digest instead of retrying one by one. */
      rateLimited: boolean
      /** Chinese words for the delivery log and the test-send answer, e.g. 机器人签名校验失败. */
      error: string
      /** The channel's own text (errcode/errmsg, SMTP reply), truncated, never a secret. */
      detail?: string
      retryAfterMs?: number
    }

/** The failure half of SendResult, as the shared HTTP helper and the adapters build it. */
export type SendFailure = Extract<SendResult, { ok: false }>

/**
 * What a send needs from the deployment rather than from the channel row: whether channel URLs
 * may point at loopback/private addresses (tests, intranet robots), and the SMTP and SMS
 * provider settings (added by the e-mail and SMS adapters).
 */
export interface ChannelDeployment {
  allowPrivate: boolean
  smtp?: SmtpSettings | null
  sms?: SmsSettings | null
}

export interface SendContext {
  signal: AbortSignal
  now: () => Date
  /** Absent: private addresses refused, no SMTP, no SMS provider. */
  deployment?: ChannelDeployment
}

/**
 * One channel kind behind one interface. `validate` turns untrusted config (API body, database
 * row) into a typed config or throws a YqError naming the field; `send` never throws for a
 * channel failure, it returns `{ok:false}` with the reason.
 */
export interface ChannelAdapter<C = unknown> {
  kind: ChannelKind
  validate(raw: unknown): C
  /** What the API and UI may show: secrets removed, URLs' keys masked. */
  publicView(config: C): Record<string, unknown>
  send(config: C, message: OutgoingMessage, ctx: SendContext): Promise<SendResult>
}
