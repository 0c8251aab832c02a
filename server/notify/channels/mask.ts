/**
 * Secrets out of sight: robot URLs carry their key in the query (企业微信 `key=`, 钉钉
 * `access_token=`) or the path (飞书 `/hook/<token>`), and a provider may echo what it was sent.
 */

/** `abcdef` → `****ef`: enough to tell two robots apart, not enough to use one. */
export function maskValue(value: string): string {
  return value.length <= 4 ? '****' : `****${value.slice(-2)}`
}

const HOOK_SEGMENT = /^hooks?$/i

/** The URL with every query value, any password and the path segments after `/hook/` masked. */
export function maskUrl(raw: string): string {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return '****'
  }
  if (url.password) url.password = '****'
  const params = [...url.searchParams.entries()]
  url.search = ''
  // Built by hand: URLSearchParams would percent-encode the asterisks.
  const query = params.map(([k, v]) => `${encodeURIComponent(k)}=${maskValue(v)}`).join('&')
  const segments = url.pathname.split('/')
  for (let i = 1; i < segments.length; i++) if (HOOK_SEGMENT.test(segments[i - 1] ?? '') && segments[i]) segments[i] = maskValue(segments[i]!)
  url.pathname = segments.join('/')
  return url.href.replace(/%2A/g, '*') + (query ? `?${query}` : '')
}

/** Removes every secret (raw and percent-encoded) from a text bound for an error, a log or a detail. */
export function scrub(text: string, secrets: readonly string[]): string {
  let out = text
  for (const secret of secrets) {
    if (secret.length < 4) continue
    for (const form of new Set([secret, encodeURIComponent(secret)])) out = out.split(form).join('****')
  }
  return out
}

/** A short, single-line excerpt of a provider's answer for the delivery log. */
export function snippet(text: string, secrets: readonly string[], max = 200): string {
  const flat = scrub(text, secrets).replace(/\s+/g, ' ').trim()
  return [...flat].length > max ? `${[...flat].slice(0, max).join('')}…` : flat
}
