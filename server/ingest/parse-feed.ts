import Parser from 'rss-parser'
import sanitizeHtml from 'sanitize-html'
import { ErrorCode, YqError } from '@shared/errors.ts'
import { decodeFeedBytes } from './decode-charset.ts'

export interface ParsedItem {
  guid: string
  title: string
  link: string | null
  /** ISO 8601 UTC, or null when the feed gives no usable date. */
  published: string | null
  summary: string | null
}

export interface ParsedFeed {
  encoding: string
  title: string | null
  link: string | null
  items: ParsedItem[]
}

const parser = new Parser()

/** Feed text is untrusted: keep only the words, never markup, for titles and summaries. */
export function toPlainText(html: string | null | undefined): string {
  if (!html) return ''
  const text = sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} })
  // sanitize-html leaves entities encoded; the stored text is plain, so decode the few it emits.
  return decodeBasicEntities(text).replace(/\s+/g, ' ').trim()
}

function decodeBasicEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
}

/** Only http(s) links reach storage: a `javascript:` link in a feed must never become clickable. */
export function safeLink(link: string | null | undefined, base?: string | null): string | null {
  if (!link) return null
  try {
    const url = base ? new URL(link.trim(), base) : new URL(link.trim())
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

export function toIsoUtc(value: string | null | undefined): string | null {
  if (!value) return null
  const time = Date.parse(value)
  return Number.isNaN(time) ? null : new Date(time).toISOString()
}

function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2048).toLowerCase()
  return /<(rss|feed|rdf:rdf|channel)[\s>]/.test(head) || /<\?xml/.test(head)
}

/** Parses feed text (already decoded) into items, as the poller stores them. */
export async function parseFeedText(text: string, encoding = 'utf-8'): Promise<ParsedFeed> {
  const trimmed = text.trimStart()
  if (!looksLikeFeed(trimmed)) {
    const what = /^<!doctype html|^<html/i.test(trimmed) ? 'an HTML page' : 'not XML'
    throw new YqError(ErrorCode.FEED_NOT_FEED, `the response is ${what}, not a feed`)
  }
  let feed: Awaited<ReturnType<typeof parser.parseString>>
  try {
    feed = await parser.parseString(trimmed)
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err)
    throw new YqError(ErrorCode.FEED_NOT_FEED, `the feed is not well-formed: ${reason}`)
  }
  const base = feed.link ?? null
  const items = (feed.items ?? []).map((entry): ParsedItem => {
    const title = toPlainText(entry.title) || toPlainText(entry.contentSnippet).slice(0, 80)
    const link = safeLink(entry.link, base)
    const published = toIsoUtc(entry.isoDate ?? entry.pubDate)
    const summary = toPlainText(entry.contentSnippet ?? entry.content ?? entry.summary) || null
    const guid = (entry.guid ?? entry.id ?? link ?? `${title}|${published ?? ''}`).toString().trim()
    return { guid, title, link, published, summary }
  })
  return { encoding, title: toPlainText(feed.title) || null, link: safeLink(feed.link), items }
}

/** Bytes off the wire or disk → items: the one path both the poller and `parse-feed` use. */
export async function parseFeedBytes(bytes: Uint8Array, contentType?: string | null): Promise<ParsedFeed> {
  const { text, encoding } = decodeFeedBytes(bytes, contentType)
  return parseFeedText(text, encoding)
}
