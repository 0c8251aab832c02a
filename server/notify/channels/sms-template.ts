import { createHmac } from 'node:crypto'
import type { SmsSettings } from './settings.ts'

/**
 * A value as the inside of a JSON string: quotes, backslashes and control characters escaped by
 * JSON.stringify, plus U+2028/U+2029, which JSON allows raw but older JavaScript parsers on
 * the provider's side read as line ends. Feed text therefore never leaves its string.
 */
export function jsonStringContent(value: string): string {
  return JSON.stringify(value).slice(1, -1).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
}

/** The request body for one phone; the template was checked at start to hold placeholders only inside strings. */
export function renderSmsBody(template: string, values: { phone: string; text: string; idempotency_key: string }): string {
  // A replacer function, not a replacement string: `$&` in feed text stays literal.
  return template.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (_m, name: string) => jsonStringContent(values[name as keyof typeof values] ?? ''))
}

/** Hex HMAC-SHA256 of the exact body bytes, for YQ_SMS_SIGNATURE_HEADER. */
export function smsSignature(settings: SmsSettings, body: string): Record<string, string> {
  if (!settings.signature) return {}
  return { [settings.signature.header]: createHmac('sha256', settings.signature.secret).update(body, 'utf8').digest('hex') }
}
