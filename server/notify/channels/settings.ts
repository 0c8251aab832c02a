import { ErrorCode, YqError } from '@shared/errors.ts'

/**
 * The e-mail and SMS providers are deployment settings, not channel rows: a unit's e-mail or SMS
 * channel lists only recipients. Read once from the environment by server/config.ts; every
 * malformed value is refused at start with the variable named, never discovered at 02:00.
 */

export interface SmtpSettings {
  /** smtp:// (STARTTLS when offered) or smtps:// (TLS from the first byte). */
  host: string
  port: number
  secure: boolean
  user: string | null
  pass: string | null
  from: string
  /** Connect, greeting and each socket wait; a hanging server fails within this. */
  timeoutMs: number
}

export const SMS_PLACEHOLDERS = ['phone', 'text', 'idempotency_key'] as const

export interface SmsSettings {
  url: string
  method: 'POST' | 'PUT'
  /** JSON text; {{phone}} {{text}} {{idempotency_key}} only inside JSON strings. */
  bodyTemplate: string
  signature: { header: string; secret: string } | null
  maxChars: number
}

type Env = Record<string, string | undefined>

function fail(name: string, message: string): never {
  throw new YqError(ErrorCode.CONFIG, `${name}: ${message}`)
}

function value(env: Env, name: string): string | null {
  const raw = env[name]?.trim()
  return raw ? raw : null
}

/** `Name <a@b.cn>` or `a@b.cn`: one address, no line breaks (header injection). */
export const EMAIL_ADDRESS = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/
export function validFrom(raw: string): boolean {
  if (/[\r\n]/.test(raw)) return false
  const named = /^([^<>\r\n]*)<([^<>]+)>$/.exec(raw)
  return EMAIL_ADDRESS.test(named ? named[2]!.trim() : raw)
}

export function readSmtpSettings(env: Env): SmtpSettings | null {
  const raw = value(env, 'YQ_SMTP_URL')
  const from = value(env, 'YQ_SMTP_FROM')
  if (!raw) {
    if (from) fail('YQ_SMTP_FROM', 'set without YQ_SMTP_URL')
    return null
  }
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    // The URL may hold a password: it is not echoed back.
    fail('YQ_SMTP_URL', 'not a URL; expected smtp://user:pass@host:587 or smtps://user:pass@host:465')
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') fail('YQ_SMTP_URL', `expected smtp:// or smtps://, got ${url.protocol}//`)
  if (!url.hostname) fail('YQ_SMTP_URL', 'no host')
  if (url.pathname && url.pathname !== '/' && url.pathname !== '') fail('YQ_SMTP_URL', 'no path expected after the host')
  const secure = url.protocol === 'smtps:'
  const port = url.port ? Number(url.port) : secure ? 465 : 587
  if (!from) fail('YQ_SMTP_FROM', 'required with YQ_SMTP_URL, e.g. 舆情值班室 <yq@example.gov.cn>')
  if (!validFrom(from)) fail('YQ_SMTP_FROM', 'expected one address, e.g. 舆情值班室 <yq@example.gov.cn>')
  const timeout = value(env, 'YQ_SMTP_TIMEOUT_MS') ?? '15000'
  if (!/^\d+$/.test(timeout) || Number(timeout) < 100 || Number(timeout) > 120_000) fail('YQ_SMTP_TIMEOUT_MS', 'expected milliseconds between 100 and 120000')
  return {
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port,
    secure,
    user: url.username ? decodeURIComponent(url.username) : null,
    pass: url.password ? decodeURIComponent(url.password) : null,
    from,
    timeoutMs: Number(timeout),
  }
}

const PLACEHOLDER = /\{\{\s*([a-z_]+)\s*\}\}/g

/**
 * A template is accepted only if replacing every placeholder by a bare word still parses as
 * JSON: a bare word is invalid outside a string, so each placeholder must sit inside one.
 */
export function checkSmsTemplate(template: string): void {
  const names = [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!)
  const unknown = names.filter((n) => !(SMS_PLACEHOLDERS as readonly string[]).includes(n))
  if (unknown.length) fail('YQ_SMS_BODY_TEMPLATE', `unknown placeholder {{${unknown[0]}}}; allowed: ${SMS_PLACEHOLDERS.map((p) => `{{${p}}}`).join(' ')}`)
  if (!names.includes('phone') || !names.includes('text')) fail('YQ_SMS_BODY_TEMPLATE', 'must contain {{phone}} and {{text}}')
  let parsed: unknown
  try {
    parsed = JSON.parse(template.replace(PLACEHOLDER, 'yqPlaceholder'))
  } catch {
    fail('YQ_SMS_BODY_TEMPLATE', 'not JSON, or a placeholder outside a JSON string (write "{{text}}" with the quotes)')
  }
  if (typeof parsed !== 'object' || parsed === null) fail('YQ_SMS_BODY_TEMPLATE', 'expected a JSON object or array')
}

export function readSmsSettings(env: Env): SmsSettings | null {
  const url = value(env, 'YQ_SMS_URL')
  const others = ['YQ_SMS_METHOD', 'YQ_SMS_BODY_TEMPLATE', 'YQ_SMS_SECRET', 'YQ_SMS_SIGNATURE_HEADER', 'YQ_SMS_MAX_CHARS'].filter((n) => value(env, n))
  if (!url) {
    if (others.length) fail(others[0]!, 'set without YQ_SMS_URL')
    return null
  }
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    fail('YQ_SMS_URL', 'not a URL')
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') fail('YQ_SMS_URL', 'expected an http:// or https:// URL')
  const method = (value(env, 'YQ_SMS_METHOD') ?? 'POST').toUpperCase()
  if (method !== 'POST' && method !== 'PUT') fail('YQ_SMS_METHOD', `expected POST or PUT, got "${method}"`)
  const bodyTemplate = value(env, 'YQ_SMS_BODY_TEMPLATE')
  if (!bodyTemplate) fail('YQ_SMS_BODY_TEMPLATE', 'required with YQ_SMS_URL, e.g. {"mobile":"{{phone}}","content":"{{text}}"}')
  checkSmsTemplate(bodyTemplate)
  const secret = value(env, 'YQ_SMS_SECRET')
  const header = value(env, 'YQ_SMS_SIGNATURE_HEADER')
  if (Boolean(secret) !== Boolean(header)) fail(secret ? 'YQ_SMS_SIGNATURE_HEADER' : 'YQ_SMS_SECRET', 'YQ_SMS_SECRET and YQ_SMS_SIGNATURE_HEADER go together')
  if (header && !/^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/.test(header)) fail('YQ_SMS_SIGNATURE_HEADER', 'expected a header name such as X-Signature')
  const maxRaw = value(env, 'YQ_SMS_MAX_CHARS') ?? '70'
  if (!/^\d+$/.test(maxRaw) || Number(maxRaw) < 20 || Number(maxRaw) > 1000) fail('YQ_SMS_MAX_CHARS', `expected a whole number between 20 and 1000, got "${maxRaw}"`)
  return {
    url: parsed.href,
    method,
    bodyTemplate,
    signature: secret && header ? { header: header.toLowerCase(), secret } : null,
    maxChars: Number(maxRaw),
  }
}
