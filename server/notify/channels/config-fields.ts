import { ErrorCode, YqError } from '@shared/errors.ts'

/** A channel config field that is missing or malformed; `field` lets the form show it beside the input. */
export class ChannelConfigError extends YqError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(ErrorCode.CHANNEL_CONFIG, `${field}: ${message}`)
  }
}

export function asRecord(raw: unknown): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ChannelConfigError('config', 'expected an object')
  return raw as Record<string, unknown>
}

export function readUrl(raw: Record<string, unknown>, field: string): string {
  const value = raw[field]
  if (typeof value !== 'string' || !value.trim()) throw new ChannelConfigError(field, 'required')
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    throw new ChannelConfigError(field, 'not a URL')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ChannelConfigError(field, 'only http and https URLs')
  if (url.href.length > 2048) throw new ChannelConfigError(field, 'longer than 2048 characters')
  return url.href
}

export function readSecret(raw: Record<string, unknown>, field: string, required: boolean): string | null {
  const value = raw[field]
  if (value === undefined || value === null || value === '') {
    if (required) throw new ChannelConfigError(field, 'required')
    return null
  }
  if (typeof value !== 'string') throw new ChannelConfigError(field, 'expected text')
  const trimmed = value.trim()
  if (!trimmed || trimmed.length > 512 || /[\r\n]/.test(trimmed)) throw new ChannelConfigError(field, 'expected one line of at most 512 characters')
  return trimmed
}

/** A `list` field: an array of strings or one string with a value per line; each checked by `valid`. */
export function readList(raw: Record<string, unknown>, field: string, valid: (v: string) => boolean, normalize: (v: string) => string = (v) => v, max = 50): string[] {
  const value = raw[field]
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\n,;]/) : null
  if (!items) throw new ChannelConfigError(field, 'required')
  const out: string[] = []
  for (const item of items) {
    if (typeof item !== 'string') throw new ChannelConfigError(field, 'expected text values')
    const v = normalize(item.trim())
    if (!v) continue
    if (!valid(v)) throw new ChannelConfigError(field, `"${v.slice(0, 80)}" is not valid`)
    if (!out.includes(v)) out.push(v)
  }
  if (out.length === 0) throw new ChannelConfigError(field, 'required')
  if (out.length > max) throw new ChannelConfigError(field, `at most ${max} values`)
  return out
}
