import fs from 'node:fs'
import path from 'node:path'
import { expect, it } from 'vitest'
import { HAS_CORPORA, describeWithCorpora } from '../../helpers/corpora.ts'
import { YqError } from '@shared/errors.ts'
import { decodeFeedBytes } from '../../../server/ingest/decode-charset.ts'
import { readXmlFeed } from '../../../server/ingest/feed-formats.ts'
import { parseFeedBytes, toPlainText, type ParsedFeed } from '../../../server/ingest/parse-feed.ts'
import { parseXmlDocument } from '../../../server/ingest/xml-tree.ts'
import { CORPORA_DIR, SAME_CHARSET, contentTypeOf, encodingExpectation, fieldExpectation, readManifest, type ManifestEntry } from './feedparser-expect.ts'

/**
 * Where this parser knowingly differs from feedparser's expectation, and why. Anything not
 * listed here must match.
 */
const KNOWN_DEVIATIONS: Record<string, string> = {
  'tests/entities/lang.xml': 'HTML5 maps &lang; to U+27E8; feedparser uses the HTML4 U+2329',
  'tests/entities/rang.xml': 'HTML5 maps &rang; to U+27E9; feedparser uses the HTML4 U+232A',
  'tests/wellformed/base/http_channel_link_base_content_location.xml': 'Content-Location is not used as a base',
  'tests/wellformed/base/http_item_link_base_content_location.xml': 'Content-Location is not used as a base',
  'tests/wellformed/http/headers_content_location-relative.xml': 'Content-Location is not used as a base',
  'tests/wellformed/cdf/channel_href_map_link.xml': 'CDF (Microsoft Channel Definition Format) is not read',
  'tests/wellformed/cdf/item_href_map_link.xml': 'CDF is not read',
  'tests/wellformed/media-rss/item_media_title1.xml': 'media:title is not a title fallback',
  'tests/wellformed/rss/item_image_link_conflict.xml': 'URLs are normalised, so the host is lower case',
  'tests/wellformed/sanitize/xml_declaration_unexpected_character.xml': 'markup-like text in an HTML title is dropped',
  'tests/wellformed/sanitize/xml_malicious_comment.xml': 'an HTML comment swallows the rest of an HTML title',
}

/** RFC 3023 says text/* without a charset is US-ASCII; real Chinese feeds rely on their declaration. */
const US_ASCII_DEFAULT = 'text/* without a charset is read by its XML declaration, not as US-ASCII'

async function parseEntry(entry: ManifestEntry): Promise<ParsedFeed> {
  const bytes = fs.readFileSync(path.join(CORPORA_DIR, 'feedparser', entry.path))
  return parseFeedBytes(bytes, contentTypeOf(entry), entry.http ? `http://127.0.0.1:8097/${entry.path}` : null)
}

describeWithCorpora('parseFeedBytes() on feedparser fixtures', () => {
  const manifest = HAS_CORPORA ? readManifest() : []

  it('parses every well-formed fixture and gives a reason for every one it cannot read', async () => {
    const failures: string[] = []
    let parsed = 0
    const refused: string[] = []
    for (const entry of manifest) {
      try {
        await parseEntry(entry)
        parsed++
      } catch (err) {
        if (!(err instanceof YqError) || !err.message) failures.push(`${entry.path}: crashed with ${String(err)}`)
        else if (entry.suite !== 'illformed') failures.push(`${entry.path}: refused: ${err.message}`)
        refused.push(entry.path)
      }
    }
    expect(failures).toEqual([])
    expect(manifest.length).toBe(2123)
    expect(parsed).toBe(2121)
    // Both hold nothing to read: an empty document, and a channel cut off before any content.
    expect(refused).toEqual(['tests/illformed/aaa_illformed.xml', 'tests/illformed/rss_empty_document.xml'])
  })

  it('reads most fixtures with rss-parser, and exactly what the lenient reader would read', async () => {
    const paths = { 'rss-parser': 0, lenient: 0 }
    const differences: string[] = []
    for (const entry of manifest) {
      const feed = await parseEntry(entry).catch(() => null)
      if (!feed) continue
      paths[feed.parser]++
      if (feed.parser !== 'rss-parser') continue
      const bytes = fs.readFileSync(path.join(CORPORA_DIR, 'feedparser', entry.path))
      const text = decodeFeedBytes(bytes, contentTypeOf(entry)).text.replace(/^\uFEFF/, '').trimStart()
      const lenient = readXmlFeed(parseXmlDocument(text), entry.http ? `http://127.0.0.1:8097/${entry.path}` : null)
      const body = { format: feed.format, title: feed.title, link: feed.link, items: feed.items }
      if (JSON.stringify(body) !== JSON.stringify(lenient)) differences.push(entry.path)
    }
    expect(differences).toEqual([])
    // The rest is ill-formed XML, inline XHTML, xml:base, re-prefixed namespaces or JSON.
    expect(paths).toEqual({ 'rss-parser': 1771, lenient: 350 })
  })

  it('matches feedparser on every title and link it states, except the listed deviations', async () => {
    const mismatches: string[] = []
    let checked = 0
    for (const entry of manifest) {
      const want = fieldExpectation(entry.expect)
      if (!want || KNOWN_DEVIATIONS[entry.path]) continue
      const feed = await parseEntry(entry)
      const actual = (want.scope === 'feed' ? feed[want.field] : feed.items[0]?.[want.field]) ?? ''
      // Titles are stored as plain text, so feedparser's HTML titles are compared by their words.
      if (actual !== want.value && actual !== toPlainText(want.value)) mismatches.push(`${entry.path}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(want.value)}`)
      checked++
    }
    expect(mismatches).toEqual([])
    expect(checked).toBe(420)
  })

  it('decodes every &entity; fixture into the character it names', async () => {
    const entities = manifest.filter((e) => e.suite === 'entities' && /^testing .* entity$/s.test(fieldExpectation(e.expect)?.value ?? ''))
    for (const entry of entities) {
      const feed = await parseEntry(entry)
      if (!KNOWN_DEVIATIONS[entry.path]) expect(feed.title, entry.path).toBe(toPlainText(fieldExpectation(entry.expect)!.value))
      // &lrm; and &rlm; decode to bidi marks, which feed text drops (issue #15: reversed headlines).
      if (/\/(lrm|rlm)\.xml$/.test(entry.path)) expect(feed.title, entry.path).toBe('testing entity')
      else expect(feed.title, entry.path).toMatch(/^testing .+ entity$/)
    }
    expect(entities.length).toBe(251)
  })

  it('reads the charset feedparser reads, except the US-ASCII default', async () => {
    const mismatches: string[] = []
    let checked = 0
    for (const entry of manifest) {
      const want = encodingExpectation(entry.expect)?.toLowerCase()
      if (!want) continue
      const feed = await parseEntry(entry)
      checked++
      if (want === 'us-ascii' && /^text\//.test(contentTypeOf(entry) ?? '')) continue // US_ASCII_DEFAULT
      if (feed.encoding !== (SAME_CHARSET[want] ?? want)) mismatches.push(`${entry.path}: ${feed.encoding} ≠ ${want}`)
    }
    expect(mismatches, US_ASCII_DEFAULT).toEqual([])
    expect(checked).toBe(70)
  })
})
