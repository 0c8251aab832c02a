import type { SendFailure } from './channel.ts'
import { failure } from './http-send.ts'
import { snippet } from './mask.ts'
import { EMAIL_WORDS } from './words.ts'

interface SmtpError {
  code?: string
  responseCode?: number
  response?: string
  command?: string
  message?: string
}

/**
 * nodemailer's error → words and retryability. SMTP's own rule decides: a 4xx reply is
 * "try later", a 5xx reply is "never"; a dropped or silent connection is always worth a retry.
 */
export function smtpFailure(err: unknown, secrets: readonly string[], timeoutMs: number): SendFailure {
  const e = (err ?? {}) as SmtpError
  const detail = snippet([e.code, e.command, e.response ?? e.message].filter(Boolean).join(' '), secrets)
  const reply = e.responseCode
  if (e.code === 'EAUTH') return failure(EMAIL_WORDS.auth, false, { detail })
  if (e.code === 'ETLS') return failure(EMAIL_WORDS.tls, false, { detail })
  if (reply !== undefined && reply >= 400 && reply < 500) return failure(EMAIL_WORDS.temporarilyRejected(reply), true, { detail })
  if (reply !== undefined && reply >= 500) {
    if (e.code === 'EENVELOPE' || /^RCPT/i.test(e.command ?? '')) return failure(EMAIL_WORDS.recipientRejected(reply), false, { detail })
    return failure(EMAIL_WORDS.messageRejected(reply), false, { detail })
  }
  if (e.code === 'ETIMEDOUT') return failure(EMAIL_WORDS.timeout(Math.round(timeoutMs / 100) / 10), true, { detail })
  if (e.code === 'ECONNECTION' || /ECONNRESET|EPIPE/.test(e.message ?? '')) return failure(EMAIL_WORDS.closed, true, { detail })
  if (e.code === 'ESOCKET' || e.code === 'EDNS') return failure(EMAIL_WORDS.network(/E[A-Z]+/.exec(e.message ?? '')?.[0] ?? e.code), true, { detail })
  return failure(EMAIL_WORDS.failed(e.code ?? 'unknown'), true, { detail })
}
