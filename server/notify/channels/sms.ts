import { fitText } from '@shared/notify/text-cut.ts'
import type { ChannelAdapter, SendFailure, SendResult } from './channel.ts'
import { asRecord, readList } from './config-fields.ts'
import { failure, sendHttp } from './http-send.ts'
import { renderSmsBody, smsSignature } from './sms-template.ts'
import { SMS_WORDS } from './words.ts'

export interface SmsConfig {
  phones: string[]
}

/** Mainland mobiles (11 digits) and international numbers (+ and up to 15 digits); spaces and dashes ignored. */
function normalizePhone(raw: string): string {
  return raw.replace(/[\s-]/g, '')
}
const PHONE = /^\+?\d{5,15}$/

/** SMS through the deployment's HTTP provider (YQ_SMS_*): one request per phone, text cut to YQ_SMS_MAX_CHARS. */
export const smsAdapter: ChannelAdapter<SmsConfig> = {
  kind: 'sms',
  validate(raw) {
    const phones = readList(asRecord(raw), 'phones', (v) => PHONE.test(v), normalizePhone)
    return { phones }
  },
  publicView(config) {
    return { phones: config.phones }
  },
  async send(config, message, ctx): Promise<SendResult> {
    const sms = ctx.deployment?.sms
    if (!sms) return failure(SMS_WORDS.notConfigured, false)
    const text = fitText(`${message.title}\n${message.text}`, sms.maxChars, 'code-points', { url: message.link, tail: message.link })
    const secrets = sms.signature ? [sms.signature.secret] : []
    const failures: SendFailure[] = []
    for (const phone of config.phones) {
      // Per phone, so a provider that deduplicates on it still sends each number once across retries.
      const body = renderSmsBody(sms.bodyTemplate, { phone, text, idempotency_key: `${message.idempotencyKey}:${phone}` })
      try {
        JSON.parse(body)
      } catch {
        return failure(SMS_WORDS.badBody, false)
      }
      const outcome = await sendHttp({ url: sms.url, method: sms.method, body, headers: smsSignature(sms, body), secrets, expectJson: false, trusted: true }, ctx)
      if (!outcome.ok) failures.push({ ...outcome, detail: `${phone}: ${outcome.detail ?? outcome.error}` })
    }
    if (failures.length === 0) return { ok: true }
    const first = failures[0]!
    if (failures.length === config.phones.length) return first
    // Some numbers got it: a retry resends to all, and the per-phone idempotency key lets the provider drop repeats.
    return failure(SMS_WORDS.partly(failures.length, config.phones.length, first.error), failures.some((f) => f.retryable), {
      rateLimited: failures.some((f) => f.rateLimited),
      detail: failures.map((f) => f.detail).join('；'),
    })
  },
}
