/**
 * Cutting a message to a channel's hard limit without breaking a character: 企业微信 counts
 * UTF-8 bytes (a Chinese character is 3), SMS providers count characters. The link to the case
 * is what the reader needs most, so a cut message keeps it at the end when it fits.
 */

export const ELLIPSIS = '…'

export type LengthUnit = 'utf8-bytes' | 'code-points'

const encoder = new TextEncoder()

export function measure(text: string, unit: LengthUnit): number {
  return unit === 'utf8-bytes' ? encoder.encode(text).length : [...text].length
}

/** The longest prefix of whole code points (never half a surrogate pair or half a UTF-8 sequence) within `max`. */
export function cutPrefix(text: string, max: number, unit: LengthUnit): string {
  if (max <= 0) return ''
  let used = 0
  let out = ''
  for (const ch of text) {
    const size = unit === 'utf8-bytes' ? encoder.encode(ch).length : 1
    if (used + size > max) break
    used += size
    out += ch
  }
  return out
}

/**
 * `text` if it fits in `limit`; otherwise its beginning, an ellipsis and — when `link` is given
 * and fits — a last line `tail` carrying the link (lines of the text that contain the link are
 * dropped first, so the link is neither cut in half nor repeated).
 */
export function fitText(text: string, limit: number, unit: LengthUnit, link?: { url: string; tail: string }): string {
  if (measure(text, unit) <= limit) return text
  if (link && measure(`${ELLIPSIS}\n${link.tail}`, unit) < limit) {
    const body = text
      .split('\n')
      .filter((line) => !line.includes(link.url))
      .join('\n')
      .trimEnd()
    const room = limit - measure(`${ELLIPSIS}\n${link.tail}`, unit)
    return `${cutPrefix(body, room, unit).trimEnd()}${ELLIPSIS}\n${link.tail}`
  }
  return `${cutPrefix(text, limit - measure(ELLIPSIS, unit), unit)}${ELLIPSIS}`
}
