import { ErrorCode, YqError } from '@shared/errors.ts'
import { capItem } from './item-limits.ts'
import { fallbackGuid, joinBase, safeLink, toIsoUtc, toPlainText } from './text-clean.ts'
import { child, childrenNamed, innerText, innerXml, type XmlDocument, type XmlNode } from './xml-tree.ts'

export type FeedFormat = 'rss' | 'rdf' | 'atom' | 'json'

export interface ParsedItem {
  guid: string
  title: string
  link: string | null
  /** ISO 8601 UTC, or null when the feed gives no usable date. */
  published: string | null
  summary: string | null
}

export interface FeedBody {
  format: FeedFormat
  title: string | null
  link: string | null
  items: ParsedItem[]
  /** Why the feed was only partly readable (cut off, broken, over a limit), with what was kept; null when whole. */
  problem?: string | null
}

function rawText(node: XmlNode | undefined): string | null {
  if (!node) return null
  const text = innerText(node)
  return text.trim() ? text : null
}

/** Atom text constructs say how they are encoded; RSS text may always hold escaped HTML. */
function atomText(node: XmlNode | undefined): string {
  if (!node) return ''
  const type = (node.attrs.type ?? '').toLowerCase()
  const mode = (node.attrs.mode ?? '').toLowerCase()
  // Atom 1.0: a MIME type that is neither text nor XML means the content is base64.
  const isBinaryType = type.includes('/') && !type.startsWith('text/') && !type.endsWith('xml')
  if (mode === 'base64' || isBinaryType) return toPlainText(Buffer.from(node.text.trim(), 'base64').toString('utf8'))
  if (type === 'xhtml' || type === 'application/xhtml+xml') return toPlainText(innerXml(node))
  if (node.children.some((c) => c.name !== '#text')) return toPlainText(innerXml(node))
  if (type === 'html' || type === 'text/html' || mode === 'escaped') return toPlainText(innerText(node))
  return toPlainText(innerText(node).replace(/</g, '&lt;'))
}

/**
 * Every entry the publisher wrote is kept, even an empty one: dropping entries would make a
 * feed's item count depend on our judgement rather than on the feed. An entry without a title
 * keeps '' (every view shows 无标题): a headline made from the summary put page furniture
 * (来源：…, 【打印】, 字体 大中小, dates) on the wall, and no list of furniture is ever complete.
 * Dedupe and tagging read the summary as well as the title, so such an entry is still grouped and tagged.
 */
export function finishItem(title: string, summary: string, link: string | null, guid: string | null, published: string | null): ParsedItem {
  const cleanSummary = summary || null
  const id = guid?.trim() || link || fallbackGuid(title, cleanSummary, published)
  return capItem({ guid: id, title, link, published, summary: cleanSummary })
}

function firstDate(node: XmlNode, names: string[]): string | null {
  for (const name of names) {
    const found = toIsoUtc(rawText(child(node, name)))
    if (found) return found
  }
  return null
}

export const RSS_DATES = ['pubdate', 'dc:date', 'dcterms:issued', 'dcterms:created', 'dcterms:modified', 'atom:published', 'atom:updated', 'lastbuilddate']
export const ATOM_DATES = ['atom:published', 'atom:issued', 'atom:updated', 'atom:modified', 'atom:created', 'dc:date', 'published', 'issued', 'updated', 'modified', 'created']

function rssItem(item: XmlNode, base: string | null): ParsedItem {
  const title = toPlainText(rawText(child(item, 'title', 'dc:title', 'atom:title')))
  const summary = toPlainText(rawText(child(item, 'description', 'content:encoded', 'atom:summary', 'dc:description', 'atom:content')))
  const guidNode = child(item, 'guid')
  const guid = rawText(guidNode)?.trim() ?? rawText(child(item, 'atom:id'))?.trim() ?? item.attrs['rdf:about'] ?? null
  const atomLink = childrenNamed(item, 'atom:link').find((l) => (l.attrs.rel ?? 'alternate') === 'alternate')
  const permalink = guidNode && guidNode.attrs.ispermalink !== 'false' ? guid : null
  const link =
    safeLink(rawText(child(item, 'link')), base) ??
    safeLink(atomLink?.attrs.href, base) ??
    safeLink(permalink, base) ??
    safeLink(item.attrs['rdf:about'], base)
  return finishItem(title, summary, link, guid, firstDate(item, RSS_DATES))
}

function atomLinkOf(node: XmlNode, base: string | null): string | null {
  const links = childrenNamed(node, 'atom:link', 'link')
  const alternate = links.find((l) => (l.attrs.rel ?? 'alternate') === 'alternate' && l.attrs.href) ?? links.find((l) => l.attrs.href)
  if (!alternate) return null
  return safeLink(alternate.attrs.href, joinBase(base, alternate.attrs['xml:base']))
}

function atomEntry(entry: XmlNode, feedBase: string | null): ParsedItem {
  const base = joinBase(feedBase, entry.attrs['xml:base'])
  const title = atomText(child(entry, 'atom:title', 'title'))
  const summary = atomText(child(entry, 'atom:summary', 'summary', 'atom:content', 'content'))
  const guid = rawText(child(entry, 'atom:id', 'id'))?.trim() ?? null
  return finishItem(title, summary, atomLinkOf(entry, base), guid, firstDate(entry, ATOM_DATES))
}

function describeRoot(name: string): string {
  if (name === 'html' || name === 'xhtml:html') return 'the document is an HTML page, not a feed'
  return `the document's root element is <${name}>, not RSS, RDF or Atom`
}

/**
 * Reads RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom 0.3/1.0. A broken document still gives what could
 * be read, with the reason and the count kept in `problem`; one that gives nothing is an error.
 */
export function readXmlFeed(doc: XmlDocument, feedUrl: string | null = null): FeedBody {
  const body = readTree(doc.root, feedUrl)
  const nothing = body.items.length === 0 && !body.title
  if (doc.stopped) {
    if (nothing) throw new YqError(ErrorCode.FEED_TOO_COMPLEX, `the XML has ${doc.stopped}, and nothing could be read before it`)
    return { ...body, problem: `reading stopped: the XML has ${doc.stopped}; ${body.items.length} items read before it` }
  }
  if (doc.unclosed > 0) {
    if (nothing) throw new YqError(ErrorCode.FEED_NOT_FEED, `the XML is cut off or broken (${doc.unclosed} elements never closed) and nothing could be read from it`)
    return { ...body, problem: `the XML is cut off or broken (${doc.unclosed} elements never closed); ${body.items.length} items recovered` }
  }
  if (doc.misnested > 0) return { ...body, problem: `the XML is broken (${doc.misnested} elements closed out of order); ${body.items.length} items recovered` }
  return body
}

function readTree(root: XmlNode | null, feedUrl: string | null): FeedBody {
  if (!root) throw new YqError(ErrorCode.FEED_NOT_FEED, 'the document has no XML elements, not a feed')
  const name = root.name
  if (name === 'atom:feed' || name === 'feed') {
    const base = joinBase(feedUrl, root.attrs['xml:base'])
    const link = atomLinkOf(root, base)
    const items = childrenNamed(root, 'atom:entry', 'entry')
      .map((e) => atomEntry(e, base))
      
    return { format: 'atom', title: atomText(child(root, 'atom:title', 'title')) || null, link, items }
  }
  if (name === 'rss' || name === 'rdf:rdf' || name === 'channel' || name === 'rss:rss') {
    const channel = name === 'channel' ? root : (child(root, 'channel') ?? root)
    const link = safeLink(rawText(child(channel, 'link')), feedUrl)
    const base = joinBase(feedUrl, root.attrs['xml:base']) ?? link
    // RSS 1.0 puts items beside the channel; some broken RSS 2.0 feeds do too.
    const entries = [...childrenNamed(channel, 'item'), ...(channel === root ? [] : childrenNamed(root, 'item'))]
    const items = entries.map((i) => rssItem(i, base))
    const title = toPlainText(rawText(child(channel, 'title', 'dc:title'))) || null
    return { format: name === 'rdf:rdf' ? 'rdf' : 'rss', title, link, items }
  }
  throw new YqError(ErrorCode.FEED_NOT_FEED, describeRoot(name))
}
