import { decodeHTML } from 'entities'
import Parser from 'rss-parser'
import { ATOM_DATES, RSS_DATES, finishItem, type FeedBody, type ParsedItem } from './feed-formats.ts'
import { safeLink, toIsoUtc, toPlainText } from './text-clean.ts'
import { exceedsXmlLimits, NAMESPACES } from './xml-tree.ts'

/**
 * rss-parser (xml2js underneath) is the primary reader. It is strict, so whatever it cannot read
 * the way the lenient reader would is reported by throwing NeedsLenient, and the caller hands the
 * document to the lenient reader instead: the two paths must never disagree on the same feed.
 */
export class NeedsLenient extends Error {}

/** A node as xml2js gives it: text, or an object with `_` text, `$` attributes and child arrays. */
type Raw = string | { _?: string; $?: Record<string, string>; [child: string]: unknown }
type Fields = Record<string, Raw[] | undefined>

/** Every element the mapping reads, fetched raw (all occurrences, with attributes) via customFields. */
const ITEM_NAMES = [
  ...new Set([
    'title', 'dc:title', 'atom:title', 'description', 'content:encoded', 'atom:summary', 'dc:description', 'atom:content',
    'guid', 'atom:id', 'link', 'atom:link', 'summary', 'content', 'id', ...RSS_DATES, ...ATOM_DATES,
  ]),
]
const FEED_NAMES = ['title', 'dc:title', 'atom:title', 'link', 'atom:link']
const RAW = 'yq:'
/** `yq:title` for `title`, made once: a key built per lookup was hashed anew each time. */
const RAW_KEYS = new Map<string, string>()
const rawKey = (name: string): string => {
  let key = RAW_KEYS.get(name)
  if (key === undefined) RAW_KEYS.set(name, (key = RAW + name))
  return key
}

/** Names are matched case-insensitively, as the lenient reader does; rss-parser needs `rdf:RDF` spelled so. */
const lowerTagName = (name: string): string => {
  const lower = name.toLowerCase()
  return lower === 'rdf:rdf' ? 'rdf:RDF' : lower
}
const lowerAttrName = (name: string): string => name.toLowerCase()

/**
 * A feed names the same few elements thousands of times. xml2js keys its objects by what the
 * name processor returns, and a fresh lower-cased string for every element cost a tenth of the
 * XML parse (each new key is hashed and looked up again); the same string for the same name is
 * what a parse without processors gets. Bounded, since the cache outlives the document: names
 * longer than MAX_CACHED_NAME_CHARS are never kept, and a document of endless distinct names
 * (hostile, or simply odd) is lowered name by name past the first MAX_CACHED_NAMES.
 */
const MAX_CACHED_NAMES = 2048
const MAX_CACHED_NAME_CHARS = 64
function cachedLower(lower: (name: string) => string): (name: string) => string {
  const cache = new Map<string, string>()
  return (name) => {
    let found = cache.get(name)
    if (found === undefined) {
      found = lower(name)
      if (cache.size < MAX_CACHED_NAMES && name.length <= MAX_CACHED_NAME_CHARS) cache.set(name, found)
    }
    return found
  }
}
const lowerName = cachedLower(lowerTagName)
const lowerAttr = cachedLower(lowerAttrName)

type XmlItem = Record<string, unknown> & { $?: Record<string, string>; description?: unknown[] }
type ItemMapper = (this: Parser, xmlItem: XmlItem, itemFields: unknown) => Record<string, unknown>
const fullParseItemRss = (Parser.prototype as unknown as { parseItemRss: ItemMapper }).parseItemRss
const CUSTOM_ITEM = ITEM_NAMES.map((n) => [n, RAW + n] as const)

/**
 * rss-parser maps each RSS item to its own fields too — a snippet of the description (a regex
 * pass and an entity decode), every default field, an ISO date — all of which the mapping below
 * ignores: it reads only the raw fields and `rdf:about`. That was a fifth of reading a feed.
 * This keeps only what is read. rss-parser's item mapping can throw in one place only (building
 * XML for a description that is neither text nor text with attributes), and such an item keeps
 * the full mapping, so a document that made rss-parser throw still does.
 */
class LeanRssParser extends Parser {
  parseItemRss(xmlItem: XmlItem, itemFields: unknown): Record<string, unknown> {
    const description = xmlItem.description?.[0] as { _?: unknown } | undefined
    if (description !== undefined && typeof description === 'object' && typeof description._ !== 'string') return fullParseItemRss.call(this, xmlItem, itemFields)
    const item: Record<string, unknown> = {}
    for (const [from, to] of CUSTOM_ITEM) if (xmlItem[from] !== undefined) item[to] = xmlItem[from]
    if (xmlItem.$?.['rdf:about']) item['rdf:about'] = xmlItem.$['rdf:about']
    return item
  }
}

/**
 * A new parser per document: xml2js's parser, once it has thrown on a broken document (an unexpected
 * close tag), read the next broken one without complaint, so a feed read after another was taken
 * for well-formed and its lost items went unreported.
 */
const newParser = () => new LeanRssParser(PARSER_OPTIONS)
const PARSER_OPTIONS = {
  // A root <rss> without a version is still RSS 2.0 in practice.
  defaultRSS: 2,
  xml2js: { tagNameProcessors: [lowerName], attrNameProcessors: [lowerAttr] },
  customFields: {
    // The typings allow only plain names for feed fields; rss-parser itself takes [from, to, options] for both.
    feed: FEED_NAMES.map((n) => [n, RAW + n, { keepArray: true }]) as never,
    item: ITEM_NAMES.map((n) => [n, RAW + n, { keepArray: true }]),
  },
}

/** XML's own five entities; every other named entity is HTML, which xml2js refuses. */
const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos'])
/** `&#146;` in XML is a C1 control; HTML (and the lenient reader) reads it as windows-1252's ’. */
const C1_REF = /^#(?:x0*[89][0-9a-f]|0*1(?:2[89]|[3-5][0-9]))$/i
const rewrites = new Map<string, string>()
/** Real entity names are a few thousand; a document of endless made-up ones is not remembered past this. */
const MAX_REWRITES = 4096

/**
 * The named entities xml2js's own XML reader (sax) decodes itself, and into what: an entity it
 * reads as `entities` does is left as written, so a feed whose `&nbsp;` and `&hellip;` sax knows
 * is not copied to rewrite them (the copy was most of this pass). Read off rss-parser's own parser;
 * should a later version keep it elsewhere, every entity is rewritten, as before.
 */
const SAX_ENTITIES: Readonly<Record<string, unknown>> | null =
  (new Parser() as unknown as { xmlParser?: { saxParser?: { ENTITIES?: Record<string, unknown> } } }).xmlParser?.saxParser?.ENTITIES ?? null

/**
 * `&nbsp;` and friends → `&#160;`, and `&#146;` → `&#8217;`, so strict XML reads what every
 * browser reads. CDATA and comments are left as written: their text is not XML-decoded.
 */
export function htmlEntitiesToNumeric(text: string): string {
  if (!text.includes('&')) return text
  // Copied in pieces only around what changes: a feed's CDATA sections and XML entities stay as
  // written. Found with indexOf rather than one regex tried at every character (a third of this
  // pass); the same matches, leftmost first, as /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|&(…);/g.
  let out = ''
  let last = 0
  let i = 0
  const unclosed = { cdata: false, comment: false }
  let skip = skippedFrom(text, 0, unclosed)
  for (let amp = text.indexOf('&'); amp !== -1; amp = text.indexOf('&', i)) {
    if (skip !== null && skip.start < amp) {
      // The ampersand is at or past a CDATA section or comment: go past that first.
      i = Math.max(i, skip.end)
      skip = skippedFrom(text, i, unclosed)
      continue
    }
    i = amp + 1
    ENTITY.lastIndex = amp
    const m = ENTITY.exec(text)
    if (m === null) continue
    i = amp + m[0].length
    const name = m[1]!
    if (XML_ENTITIES.has(name) || (name.startsWith('#') && !C1_REF.test(name))) continue
    let ref = rewrites.get(name)
    if (ref === undefined) {
      const decoded = decodeHTML(m[0])
      const sameInSax = SAX_ENTITIES !== null && !name.startsWith('#') && SAX_ENTITIES[name] === decoded
      ref = decoded === m[0] || sameInSax ? m[0] : [...decoded].map((c) => `&#${c.codePointAt(0)};`).join('')
      if (rewrites.size < MAX_REWRITES) rewrites.set(name, ref)
    }
    if (ref === m[0]) continue
    out += text.slice(last, amp) + ref
    last = i
  }
  return last === 0 ? text : out + text.slice(last)
}
const ENTITY = /&([A-Za-z][A-Za-z0-9]*|#[xX]?[0-9A-Fa-f]+);/y

/**
 * The next CDATA section or comment at or after `from` that is closed, as [start, end); null when
 * none. One that is never closed is no section (the regex this replaces matched none there), and
 * once a closing `]]>` or `-->` is missing after some point it is missing after every later one,
 * so a document of unclosed openings is still read in one pass.
 */
function skippedFrom(text: string, from: number, unclosed: { cdata: boolean; comment: boolean }): { start: number; end: number } | null {
  for (let at = text.indexOf('<!', from); at !== -1; at = text.indexOf('<!', at + 1)) {
    if (!unclosed.cdata && text.startsWith('<![CDATA[', at)) {
      const close = text.indexOf(']]>', at + 9)
      if (close !== -1) return { start: at, end: close + 3 }
      unclosed.cdata = true
    } else if (!unclosed.comment && text.startsWith('<!--', at)) {
      const close = text.indexOf('-->', at + 4)
      if (close !== -1) return { start: at, end: close + 3 }
      unclosed.comment = true
    }
    if (unclosed.cdata && unclosed.comment) return null
  }
  return null
}

/**
 * The lenient reader maps namespaces to canonical prefixes; xml2js keeps the prefixes as written.
 * They agree only when every known namespace is bound to its canonical prefix and at most one
 * default namespace is declared (so no element changes namespace mid-document).
 */
function namespacesAgree(text: string): { ok: boolean; atomDefault: boolean } {
  let defaults = 0
  let atomDefault = false
  for (const m of text.matchAll(/\sxmlns(?::([\w.-]+))?\s*=\s*(["'])(.*?)\2/gi)) {
    const canonical = NAMESPACES[decodeHTML(m[3]!).trim().toLowerCase()]
    if (m[1] === undefined) {
      defaults++
      if (canonical === 'atom') atomDefault = true
      else if (canonical) return { ok: false, atomDefault }
    } else if (canonical !== undefined && canonical !== m[1].toLowerCase()) return { ok: false, atomDefault }
  }
  return { ok: defaults <= 1, atomDefault }
}

/** Text of a leaf element; an element holding elements (inline XHTML, nesting) is the lenient reader's job. */
function leafText(node: Raw | undefined): string | null {
  if (node === undefined) return null
  if (typeof node === 'string') return node
  for (const key of Object.keys(node)) if (key !== '_' && key !== '$') throw new NeedsLenient(`<${key}> inside a text element`)
  return node._ ?? ''
}

const attrs = (node: Raw | undefined): Record<string, string> => (node && typeof node === 'object' && node.$) || {}

const NOT_BLANK = /\S/

/** Reads raw fields by the lenient reader's canonical names (`atom:title`), whatever the document's default namespace. */
class Fetcher {
  constructor(
    private readonly fields: Fields,
    readonly atomDefault: boolean,
  ) {}

  all(name: string): Raw[] {
    if (this.atomDefault) {
      if (name.startsWith('atom:')) return this.fields[RAW + name.slice(5)] ?? []
      if (!name.includes(':')) return [] // bare names are Atom names here
    }
    return this.fields[rawKey(name)] ?? []
  }

  /** First element of the first name present, as `child()` in the lenient reader. */
  first(...names: string[]): Raw | undefined {
    for (const name of names) {
      const found = this.all(name)[0]
      if (found !== undefined) return found
    }
    return undefined
  }

  /** Non-blank text of the first element found, as `rawText(child(...))`. */
  text(...names: string[]): string | null {
    const text = leafText(this.first(...names))
    // Blank as trim() sees it (JS's \s is trim's set), without making the trimmed copy of every field.
    return text !== null && NOT_BLANK.test(text) ? text : null
  }

  date(names: string[]): string | null {
    for (const name of names) {
      const found = toIsoUtc(this.text(name))
      if (found) return found
    }
    return null
  }
}

/** Atom text constructs, as atomText() in feed-formats.ts; base64 and XHTML go to the lenient reader. */
function atomText(node: Raw | undefined): string {
  const text = leafText(node)
  if (text === null) return ''
  const { type = '', mode = '' } = attrs(node)
  const t = type.toLowerCase()
  if (mode.toLowerCase() === 'base64' || (t.includes('/') && !t.startsWith('text/') && !t.endsWith('xml')) || t.includes('xhtml'))
    throw new NeedsLenient(`Atom ${t || mode} content`)
  if (t === 'html' || t === 'text/html' || mode.toLowerCase() === 'escaped') return toPlainText(text)
  return toPlainText(text.replace(/</g, '&lt;'))
}

function atomLink(f: Fetcher, base: string | null): string | null {
  const links = [...f.all('atom:link'), ...f.all('link')].map(attrs)
  const alternate = links.find((l) => (l.rel ?? 'alternate') === 'alternate' && l.href) ?? links.find((l) => l.href)
  return alternate ? safeLink(alternate.href, base) : null
}

interface RssParserItem {
  'rdf:about'?: string
  [key: string]: unknown
}

function rssItem(item: RssParserItem, base: string | null, atomDefault: boolean): ParsedItem {
  if (atomDefault) throw new NeedsLenient('Atom default namespace inside RSS')
  const f = new Fetcher(item as Fields, false)
  const title = toPlainText(f.text('title', 'dc:title', 'atom:title'))
  const summary = toPlainText(f.text('description', 'content:encoded', 'atom:summary', 'dc:description', 'atom:content'))
  const guidNode = f.first('guid')
  const guid = f.text('guid')?.trim() ?? f.text('atom:id')?.trim() ?? item['rdf:about'] ?? null
  const alternate = f.all('atom:link').map(attrs).find((l) => (l.rel ?? 'alternate') === 'alternate')
  const permalink = guidNode !== undefined && attrs(guidNode).ispermalink !== 'false' ? guid : null
  const link = safeLink(f.text('link'), base) ?? safeLink(alternate?.href, base) ?? safeLink(permalink, base) ?? safeLink(item['rdf:about'], base)
  return finishItem(title, summary, link, guid, f.date(RSS_DATES))
}

function atomEntry(entry: RssParserItem, base: string | null, atomDefault: boolean): ParsedItem {
  const f = new Fetcher(entry as Fields, atomDefault)
  const title = atomText(f.first('atom:title', 'title'))
  const summary = atomText(f.first('atom:summary', 'summary', 'atom:content', 'content'))
  const guid = f.text('atom:id', 'id')?.trim() ?? null
  return finishItem(title, summary, atomLink(f, base), guid, f.date(ATOM_DATES))
}

/** The document element's name, lower case: what tells RSS, RDF and Atom apart. */
function rootName(text: string): string {
  const prolog = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>)*/i.exec(text)
  const name = /^<([^\s/>]+)/.exec(text.slice(prolog?.[0].length ?? 0))
  return name ? name[1]!.toLowerCase() : ''
}

/**
 * Parses an XML feed with rss-parser and maps it to the lenient reader's shape, cleaned the same
 * way. Throws (rss-parser's error or NeedsLenient) whenever the lenient reader must take over.
 */
export async function readWithRssParser(text: string, feedUrl: string | null): Promise<FeedBody> {
  if (/\sxml:base\s*=/i.test(text)) throw new NeedsLenient('xml:base is not resolved by rss-parser')
  const ns = namespacesAgree(text)
  if (!ns.ok) throw new NeedsLenient('namespaces bound to unusual prefixes')
  const root = rootName(text)
  const tooComplex = exceedsXmlLimits(text)
  if (tooComplex) throw new NeedsLenient(tooComplex)
  if (root !== 'rss' && root !== 'feed' && root !== 'rdf:rdf') throw new NeedsLenient(`root <${root}>`)
  const out = await newParser().parseString(htmlEntitiesToNumeric(text))
  const feed = out as unknown as Fields & { items: RssParserItem[] }
  if (root === 'feed') {
    const f = new Fetcher(feed, ns.atomDefault)
    const items = feed.items.map((e) => atomEntry(e, feedUrl, ns.atomDefault))
    return { format: 'atom', title: atomText(f.first('atom:title', 'title')) || null, link: atomLink(f, feedUrl), items }
  }
  const f = new Fetcher(feed, false)
  const link = safeLink(f.text('link'), feedUrl)
  const items = feed.items.map((i) => rssItem(i, feedUrl ?? link, ns.atomDefault))
  const title = toPlainText(f.text('title', 'dc:title')) || null
  return { format: root === 'rdf:rdf' ? 'rdf' : 'rss', title, link, items }
}
