import { ErrorCode, YqError } from '@shared/errors.ts'
import type { FeedBody, ParsedItem } from './feed-formats.ts'
import { capItem } from './item-limits.ts'
import { fallbackGuid, safeLink, toIsoUtc, toPlainText } from './text-clean.ts'

function str(value: unknown): string | null {
  if (typeof value === 'string') return value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return null
}

function record(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null
}

/**
 * One JSON Feed item (https://jsonfeed.org/version/1.1) → an item, or null when it carries
 * nothing to show. Fields of the wrong type are ignored, never trusted.
 */
export function readJsonItem(raw: unknown, base: string | null): ParsedItem | null {
  const entry = record(raw)
  if (!entry) return null
  const summary = toPlainText(str(entry.summary) ?? str(entry.content_html) ?? str(entry.content_text)) || null
  // No title stays no title (shown as 无标题): see finishItem.
  const title = toPlainText(str(entry.title))
  const link = safeLink(str(entry.url), base) ?? safeLink(str(entry.external_url), base)
  const published = toIsoUtc(str(entry.date_published)) ?? toIsoUtc(str(entry.date_modified))
  const guid = str(entry.id)?.trim() || link || fallbackGuid(title, summary, published)
  return capItem({ guid, title, link, published, summary })
}

export function looksLikeJson(text: string): boolean {
  const first = text.trimStart()[0]
  return first === '{' || first === '['
}

/** Reads a JSON Feed 1.0/1.1 document. */
export function readJsonFeed(text: string, feedUrl: string | null = null): FeedBody {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (err) {
    throw new YqError(ErrorCode.FEED_NOT_FEED, `the JSON is not well-formed: ${(err as Error).message.split('\n')[0]}`)
  }
  const feed = record(doc)
  const version = str(feed?.version) ?? ''
  if (!feed || !version.startsWith('https://jsonfeed.org/version/') || !Array.isArray(feed.items))
    throw new YqError(ErrorCode.FEED_NOT_FEED, 'the JSON is not a JSON Feed (no jsonfeed.org version or items list)')
  const link = safeLink(str(feed.home_page_url), feedUrl)
  const items = feed.items.map((i) => readJsonItem(i, link ?? feedUrl)).filter((i): i is ParsedItem => i !== null)
  return { format: 'json', title: toPlainText(str(feed.title)) || null, link, items }
}
