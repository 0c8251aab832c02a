import { ErrorCode, YqError } from '@shared/errors.ts'
import { decodeFeedBytes } from './decode-charset.ts'
import { readXmlFeed, type FeedBody, type FeedFormat, type ParsedItem } from './feed-formats.ts'
import { looksLikeJson, readJsonFeed } from './json-feed.ts'
import { parseXmlDocument } from './xml-tree.ts'

export type { FeedFormat, ParsedItem }
export { safeLink, toIsoUtc, toPlainText } from './text-clean.ts'

export interface ParsedFeed extends FeedBody {
  /** The charset the bytes were read with, as iconv-lite names it. */
  encoding: string
}

/** Parses feed text (already decoded) into items, as the poller stores them. */
export function parseFeedText(text: string, encoding = 'utf-8', feedUrl: string | null = null): ParsedFeed {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart()
  if (!trimmed) throw new YqError(ErrorCode.FEED_NOT_FEED, 'the document is empty, not a feed')
  if (looksLikeJson(trimmed)) return { encoding, ...readJsonFeed(trimmed, feedUrl) }
  if (!trimmed.startsWith('<')) throw new YqError(ErrorCode.FEED_NOT_FEED, 'the document is neither XML nor JSON, not a feed')
  return { encoding, ...readXmlFeed(parseXmlDocument(trimmed), feedUrl) }
}

/** Bytes off the wire or disk → items: the one path both the poller and `parse-feed` use. */
export async function parseFeedBytes(bytes: Uint8Array, contentType?: string | null, feedUrl: string | null = null): Promise<ParsedFeed> {
  const { text, encoding } = decodeFeedBytes(bytes, contentType)
  return parseFeedText(text, encoding, feedUrl)
}
