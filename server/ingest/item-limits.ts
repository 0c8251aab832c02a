import type { ParsedItem } from './feed-formats.ts'

/**
 * The most of each field an item keeps. A feed's words are untrusted in size as well as in
 * content: one 700,000-character title was stored, sent to every wall as a 2.3 MB event and
 * made /triage take 13 s. A headline is a line; a summary is what a wall or a queue shows.
 */
export const MAX_TITLE_CHARS = 300
export const MAX_SUMMARY_CHARS = 4000
/** Longer links are not links a browser or a person uses; a cut one would lead elsewhere, so it is dropped. */
export const MAX_LINK_CHARS = 2048
export const MAX_GUID_CHARS = 1000

/** Cuts at a character boundary (never half a surrogate pair) and marks the cut with …. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text
  let end = max - 1
  const last = text.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end--
  return `${text.slice(0, end)}…`
}

/** Every field within its limit; the guid is cut without a mark, as it is only compared. */
export function capItem(item: ParsedItem): ParsedItem {
  return {
    guid: item.guid.slice(0, MAX_GUID_CHARS),
    title: clip(item.title, MAX_TITLE_CHARS),
    link: item.link && item.link.length <= MAX_LINK_CHARS ? item.link : null,
    published: item.published,
    summary: item.summary === null ? null : clip(item.summary, MAX_SUMMARY_CHARS),
  }
}
