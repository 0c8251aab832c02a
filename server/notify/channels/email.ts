import { createHash } from 'node:crypto'
import nodemailer from 'nodemailer'
import type { ChannelAdapter, SendResult } from './channel.ts'
import { asRecord, readList } from './config-fields.ts'
import { failure } from './http-send.ts'
import { snippet } from './mask.ts'
import { EMAIL_ADDRESS, type SmtpSettings } from './settings.ts'
import { smtpFailure } from './smtp-errors.ts'
import { EMAIL_WORDS } from './words.ts'

export interface EmailConfig {
  to: string[]
}

function transportFor(smtp: SmtpSettings) {
  return nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.pass ?? '' } } : {}),
    // Every wait is bounded: a server that accepts and then says nothing fails within timeoutMs.
    connectionTimeout: smtp.timeoutMs,
    greetingTimeout: smtp.timeoutMs,
    socketTimeout: smtp.timeoutMs,
    dnsTimeout: smtp.timeoutMs,
  })
}

/** The same Message-ID on every retry of one message, so mail clients show a duplicate once. */
function messageId(idempotencyKey: string, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'yuqing-watch.local'
  return `<${createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 32)}@${domain}>`
}

/** E-mail over the deployment's SMTP server (YQ_SMTP_URL / YQ_SMTP_FROM): one message to all recipients. */
export const emailAdapter: ChannelAdapter<EmailConfig> = {
  kind: 'email',
  validate(raw) {
    return { to: readList(asRecord(raw), 'to', (v) => EMAIL_ADDRESS.test(v)) }
  },
  publicView(config) {
    return { to: config.to }
  },
  async send(config, message, ctx): Promise<SendResult> {
    const smtp = ctx.deployment?.smtp
    if (!smtp) return failure(EMAIL_WORDS.notConfigured, false)
    const secrets = [smtp.pass ?? ''].filter(Boolean)
    const transport = transportFor(smtp)
    // nodemailer takes no AbortSignal: the dispatcher's deadline is raced here, the transport closed after.
    let onAbort = (): void => undefined
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => reject(Object.assign(new Error('aborted'), { code: 'ETIMEDOUT' }))
      if (ctx.signal.aborted) onAbort()
      ctx.signal.addEventListener('abort', onAbort, { once: true })
    })
    aborted.catch(() => undefined)
    try {
      const info = await Promise.race([
        transport.sendMail({
          from: smtp.from,
          to: config.to,
          subject: message.title,
          text: `${message.text}\n\n${message.link}\n`,
          messageId: messageId(message.idempotencyKey, smtp.from),
          headers: { 'X-YQ-Idempotency-Key': message.idempotencyKey },
        }),
        aborted,
      ])
      const rejected = (info.rejected ?? []).map(String)
      return rejected.length ? { ok: true, detail: snippet(EMAIL_WORDS.partlyRejected(rejected.join('、')), secrets) } : { ok: true }
    } catch (err) {
      return smtpFailure(err, secrets, smtp.timeoutMs)
    } finally {
      ctx.signal.removeEventListener('abort', onAbort)
      transport.close()
    }
  },
}
