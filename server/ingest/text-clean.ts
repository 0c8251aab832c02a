import { createHash } from 'node:crypto'
import { decodeHTML } from 'entities'
import { Parser } from 'htmlparser2'

/**
 * Feed text is untrusted: titles and summaries are stored as plain words, never markup.
 * Markup is removed (with script and style bodies) by stripMarkup, and every HTML entity is
 * decoded once, so `&hellip;` becomes … and `&amp;nbsp;` stays readable.
 */
export function toPlainText(html: string | null | undefined): string {
  if (!html) return ''
  // Most Chinese headlines carry no markup at all: skip the HTML parser for them.
  if (!html.includes('<')) return collapse(html.includes('&') ? decodeHTML(html) : html)
  return collapse(simpleMarkupText(html) ?? stripMarkup(html))
}

/** Tags that mean nothing to a reader's text but a word break (BLOCK) or not even that, and imply no other tag's close. */
const PLAIN_INLINE = new Set(['b', 'i', 'u', 'em', 'strong', 'span', 'small', 'sub', 'sup'])
const PLAIN_BLOCK = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article'])
const PLAIN_VOID = new Set(['br', 'hr'])
const PLAIN_TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)( ?\/)?>/g

/**
 * The text of the markup most summaries carry (`<p>…<b>…</b></p>`, `<br>`), read without the HTML
 * parser; null for anything else, which stripMarkup reads. Only bare, properly nested tags from
 * the sets above and no entity: then the parser would emit these tags' text in order with a space
 * at each block tag, and whatever else it did (closing a <p> that a <div> implies) adds only
 * spaces where a block tag already puts one, which collapse() folds together.
 */
export function simpleMarkupText(html: string): string | null {
  if (html.includes('&')) return null
  const open: string[] = []
  let out = ''
  let last = 0
  let tags = 0
  PLAIN_TAG.lastIndex = 0
  for (let m = PLAIN_TAG.exec(html); m !== null; m = PLAIN_TAG.exec(html)) {
    const text = html.slice(last, m.index)
    if (text.includes('<') || ++tags > MAX_HTML_DEPTH) return null
    out += text
    last = m.index + m[0].length
    const name = m[2]!.toLowerCase()
    const closing = m[1] === '/'
    if (PLAIN_VOID.has(name)) {
      if (closing) return null
    } else if (m[3] || !(PLAIN_BLOCK.has(name) || PLAIN_INLINE.has(name))) return null
    else if (!closing) open.push(name)
    else if (open.pop() !== name) return null
    if (!PLAIN_INLINE.has(name)) out += ' '
  }
  const rest = html.slice(last)
  if (rest.includes('<') || open.length > 0) return null
  return out + rest
}

/** Elements whose content is never text a reader sees. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'iframe', 'embed', 'template', 'svg', 'math', 'head', 'title', 'textarea', 'select'])
/** Elements that separate words, so `<p>a</p><p>b</p>` does not read as "ab" in Latin text. */
const BLOCK = new Set(['p', 'div', 'br', 'li', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article', 'hr'])

/**
 * Nesting kept by one HTML parser. htmlparser2 unshifts each open element onto an array, so a
 * level costs as much as every level above it (300,000 nested <div>s took 53 s); past this depth
 * the rest of the text is read by a fresh parser, which starts flat again.
 */
export const MAX_HTML_DEPTH = 256

/**
 * HTML → the text a reader would see: every tag and attribute dropped (so no script, handler or
 * link survives), hidden elements' content dropped, entities decoded. The HTML parser is the
 * same htmlparser2 that sanitize-html uses, without its allow-list machinery, since nothing is allowed.
 */
export function stripMarkup(html: string): string {
  let out = ''
  // Carried across parsers: text inside a hidden element stays hidden however deep the cut fell.
  let hidden = 0
  let rest = html
  while (rest) {
    let depth = 0
    let cut = -1
    const parser: Parser = new Parser(
      {
        onopentag(name) {
          if (cut >= 0) return
          if (++depth > MAX_HTML_DEPTH) {
            cut = parser.endIndex + 1
            parser.pause()
            return
          }
          if (HIDDEN.has(name)) hidden++
          else if (BLOCK.has(name)) out += ' '
        },
        onclosetag(name) {
          if (cut >= 0) return
          depth--
          if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1)
          else if (BLOCK.has(name)) out += ' '
        },
        ontext(text) {
          if (cut < 0 && hidden === 0) out += text
        },
      },
      { decodeEntities: true, lowerCaseTags: true },
    )
    parser.write(rest)
    if (cut < 0) {
      parser.end()
      break
    }
    out += ' '
    rest = rest.slice(cut)
  }
  return out
}

/**
 * Bidirectional controls (embeddings, overrides, isolates, LRM/RLM): a feed's U+202E made
 * headlines read backwards on /cases, /wall and case pages. Chinese and Latin text needs none.
 */
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

function collapse(text: string): string {
  return text.replace(BIDI_CONTROLS, '').replace(/[ \t\r\n\f\v]+/g, ' ').trim()
}

/** A link that starts with a host name: www.…, or a name ending in a top-level domain, before the first / ? or #. */
const SCHEMELESS_HOST = /^(?:www\d?\.[\w-]+(?:\.[\w-]+)*|(?:[\w-]+\.)+(?:cn|com|net|org|gov|edu|info|hk|mo|tw))(?::\d+)?(?:[/?#]|$)/i

/** Only http(s) links reach storage: a `javascript:` link in a feed must never become clickable. */
export function safeLink(link: string | null | undefined, base?: string | null): string | null {
  if (!link) return null
  const trimmed = link.trim()
  if (!trimmed) return null
  try {
    let url: URL
    try {
      url = new URL(trimmed)
    } catch {
      // www.example.cn/a.html is a site, not a path under the feed: it was written without its scheme.
      if (SCHEMELESS_HOST.test(trimmed)) url = new URL(`https://${trimmed}`)
      else if (!base) return null
      else url = new URL(trimmed, base)
    }
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

/** Resolves a (possibly relative) base against the one it inherits; bad bases are ignored. */
export function joinBase(base: string | null, next: string | undefined): string | null {
  if (!next) return base
  try {
    return new URL(next.trim(), base ?? undefined).href
  } catch {
    return base
  }
}

/** 2025-06-10 08:00, 2020/1/10 14:33:00, 2025-6-1T9:05: the date forms Chinese sites write without a zone. */
const ZONELESS = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?$/
const YEAR_10000 = Date.UTC(10000, 0, 1)
const CHINESE_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日\s*(?:(\d{1,2})[:：时](\d{1,2})(?:[:：分](\d{1,2}))?)?/

/**
 * Feed dates → ISO 8601 UTC, or null when unreadable. A date with no zone is read as
 * 北京时间: these feeds are Chinese, and guessing UTC would put every such item 8 h in the future.
 */
export function toIsoUtc(value: string | null | undefined): string | null {
  if (!value) return null
  let text = value.trim()
  // Both forms start with a four-digit year; RFC 822 dates (Tue, 10 Jun …) need neither regex.
  const first = text.charCodeAt(0)
  const cn = first >= 0x30 && first <= 0x39 ? CHINESE_DATE.exec(text) : null
  if (cn) {
    const [, y, mo, d, h = '0', mi = '0', s = '0'] = cn
    text = `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}T${h.padStart(2, '0')}:${mi.padStart(2, '0')}:${s.padStart(2, '0')}+08:00`
  } else if (first >= 0x30 && first <= 0x39) {
    // Date.parse would read these in the server's own zone (2020/1/10 14:33 is local time to it).
    const z = ZONELESS.exec(text)
    if (z) {
      const [, y, mo, d, h = '0', mi = '0', sec = '0', frac = ''] = z
      const pad = (n: string) => n.padStart(2, '0')
      text = `${y}-${pad(mo!)}-${pad(d!)}T${pad(h)}:${pad(mi)}:${pad(sec)}${frac}+08:00`
    }
  }
  const time = Date.parse(text)
  if (Number.isNaN(time)) return null
  // Years 1970 to 9999, by the instant itself rather than a Date made to ask it.
  return time >= 0 && time < YEAR_10000 ? new Date(time).toISOString() : null
}

/** A stable id for an entry that has no guid, id or link of its own. */
export function fallbackGuid(title: string, summary: string | null, published: string | null): string {
  const hash = createHash('sha256').update(`${title}\n${summary ?? ''}\n${published ?? ''}`).digest('hex')
  return `urn:yq:${hash.slice(0, 24)}`
}
