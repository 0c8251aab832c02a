import { createHmac } from 'node:crypto'
import type { ChannelAdapter } from './channel.ts'
import { asRecord, readSecret, readUrl } from './config-fields.ts'
import { sendHttp } from './http-send.ts'
import { maskUrl } from './mask.ts'

export interface WebhookConfig {
  url: string
  secret: string
}

/** `sha256=<hex>` over the exact bytes sent; documented in docs/notifications.md for receivers. */
export function webhookSignature(secret: string, rawBody: string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody, 'utf8').digest('hex')}`
}

/**
 * The generic outgoing webhook: one JSON POST per message, signed. Any 2xx means received; the
 * answer body is ignored. Receivers deduplicate on `idempotency_key` (delivery is at least once).
 */
export const webhookAdapter: ChannelAdapter<WebhookConfig> = {
  kind: 'webhook',
  validate(raw) {
    const r = asRecord(raw)
    return { url: readUrl(r, 'url'), secret: readSecret(r, 'secret', true)! }
  },
  publicView(config) {
    return { url: maskUrl(config.url), secret_set: true }
  },
  async send(config, message, ctx) {
    const sentAt = ctx.now()
    const body = JSON.stringify({
      event: message.cause ?? 'notification',
      idempotency_key: message.idempotencyKey,
      title: message.title,
      text: message.text,
      markdown: message.markdown,
      link: message.link,
      case_id: message.caseId ?? null,
      sent_at: sentAt.toISOString(),
    })
    const outcome = await sendHttp(
      {
        url: config.url,
        body,
        headers: {
          'x-yq-signature': webhookSignature(config.secret, body),
          // The same instant as `sent_at`, which the signature covers: a receiver rejects old replays.
          'x-yq-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
          'x-yq-idempotency-key': message.idempotencyKey,
        },
        secrets: [config.secret],
        expectJson: false,
      },
      ctx,
    )
    return outcome.ok ? { ok: true } : outcome
  },
}
