import { Parser } from 'htmlparser2'
import { decodeHTML } from 'entities'

/**
 * A feed document as a small element tree. Element names are canonical `prefix:local` (or bare
 * `local`) for the namespaces feeds use, whatever prefix the publisher chose, so the format
 * readers match `atom:link` or `dc:date` without caring how the file spelled them.
 */
export interface XmlNode {
  name: string
  attrs: Record<string, string>
  children: XmlNode[]
  /** Text directly inside this element, entities decoded, CDATA kept verbatim. */
  text: string
}

export const NAMESPACES: Record<string, string> = {
  'http://www.w3.org/2005/atom': 'atom',
  'http://purl.org/atom/ns#': 'atom',
  'http://purl.org/rss/1.0/': '',
  'http://my.netscape.com/rdf/simple/0.9/': '',
  'http://backend.userland.com/rss2': '',
  'http://blogs.law.harvard.edu/tech/rss': '',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
  'http://purl.org/rss/1.0/modules/content/': 'content',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
  'http://www.w3.org/1999/xhtml': 'xhtml',
  'http://www.w3.org/xml/1998/namespace': 'xml',
}

/**
 * Deeper nesting than this is an attack or garbage, not a feed. htmlparser2 keeps its open
 * elements in an array it unshifts, so each level costs as much as all the levels above it:
 * 300,000 unclosed elements took 24 s. Reading stops at the limit instead, keeping what came before.
 */
export const MAX_XML_DEPTH = 256
/** Elements per document: 20,000 items of a dozen elements each fit; a million empty ones do not. */
export const MAX_XML_ELEMENTS = 400_000

type Scope = Map<string, string>

function canonicalName(raw: string, scope: Scope): string {
  const colon = raw.indexOf(':')
  const prefix = colon >= 0 ? raw.slice(0, colon).toLowerCase() : ''
  const local = (colon >= 0 ? raw.slice(colon + 1) : raw).toLowerCase()
  if (prefix === 'xml') return `xml:${local}`
  const uri = scope.get(prefix)
  if (uri === undefined) return colon >= 0 ? `${prefix}:${local}` : local
  const canonical = NAMESPACES[uri.trim().toLowerCase()]
  if (canonical === undefined) return colon >= 0 ? `${prefix}:${local}` : local
  return canonical ? `${canonical}:${local}` : local
}

/**
 * Parses XML leniently: undefined HTML entities (`&nbsp;`, `&hellip;`) decode to their
 * characters, unclosed or stray tags do not stop the reader, and nothing here throws on bad
 * input. Real feeds break XML's rules constantly; losing their items helps no one.
 */
export function parseXmlTree(text: string): XmlNode | null {
  return parseXmlDocument(text).root
}

export interface XmlDocument {
  root: XmlNode | null
  /** Elements still open at the end: the document was cut off or broken. */
  unclosed: number
  /** Elements closed by the end tag of an element around them (<a><b></a>): broken nesting. */
  misnested: number
  /** Why reading stopped before the end (a limit was reached), or null when it read everything. */
  stopped: string | null
}

export function parseXmlDocument(text: string): XmlDocument {
  const root: XmlNode = { name: '#document', attrs: {}, children: [], text: '' }
  const stack: { node: XmlNode; scope: Scope }[] = [{ node: root, scope: new Map() }]
  let inCdata = false
  let impliedCloses = 0
  let misnested = 0
  let ending = false
  let elements = 0
  let stopped: string | null = null
  // Text arrives in pieces; entities are decoded once a run of plain text is complete.
  let pending = ''
  const flush = (): void => {
    if (!pending) return
    appendText(stack[stack.length - 1]!.node, decodeHTML(pending))
    pending = ''
  }

  const parser = new Parser(
    {
      onopentag(rawName, rawAttrs) {
        if (stopped) return
        flush()
        if (stack.length > MAX_XML_DEPTH || ++elements > MAX_XML_ELEMENTS) {
          stopped = stack.length > MAX_XML_DEPTH ? `elements nested more than ${MAX_XML_DEPTH} deep` : `more than ${MAX_XML_ELEMENTS.toLocaleString('en')} elements`
          // The tokenizer checks this after each callback: nothing more is read.
          parser.pause()
          return
        }
        const parent = stack[stack.length - 1]!
        let scope = parent.scope
        const attrs: Record<string, string> = {}
        for (const [key, value] of Object.entries(rawAttrs)) {
          const decoded = decodeHTML(value)
          const lower = key.toLowerCase()
          if (lower === 'xmlns' || lower.startsWith('xmlns:')) {
            if (scope === parent.scope) scope = new Map(scope)
            scope.set(lower === 'xmlns' ? '' : lower.slice(6), decoded)
          }
          attrs[lower] = decoded
        }
        const node: XmlNode = { name: canonicalName(rawName, scope), attrs, children: [], text: '' }
        // Text seen before the first child joins the ordered children, so mixed content keeps its order.
        if (parent.node.children.length === 0 && parent.node.text)
          parent.node.children.push({ name: TEXT, attrs: {}, children: [], text: parent.node.text })
        parent.node.children.push(node)
        stack.push({ node, scope })
      },
      onclosetag(_name, isImplied) {
        if (stopped) return
        flush()
        // htmlparser2 closes whatever is still open at the end: that is a cut-off document.
        if (ending) impliedCloses++
        // An implied close at an end tag (not a self-closing <x/>): the end tag of an outer element closed this one.
        else if (isImplied && text.startsWith('</', parser.startIndex)) misnested++
        if (stack.length > 1) stack.pop()
      },
      ontext(data) {
        if (stopped) return
        if (inCdata) appendText(stack[stack.length - 1]!.node, data)
        else pending += data
      },
      oncdatastart() {
        if (stopped) return
        flush()
        inCdata = true
      },
      oncdataend() {
        inCdata = false
      },
    },
    { xmlMode: true, decodeEntities: false, recognizeCDATA: true, recognizeSelfClosing: true },
  )
  parser.write(text)
  ending = true
  // After a stop, end() would close the thousands of elements htmlparser2 still holds, one costly shift each.
  if (!stopped) parser.end()
  flush()
  return { root: root.children.find((c) => c.name !== TEXT) ?? null, unclosed: stack.length - 1 + impliedCloses, misnested, stopped }
}

const TEXT = '#text'

function appendText(node: XmlNode, text: string): void {
  node.text += text
  const last = node.children[node.children.length - 1]
  if (last?.name === TEXT) last.text += text
  else if (node.children.length > 0) node.children.push({ name: TEXT, attrs: {}, children: [], text })
}

export function child(node: XmlNode, ...names: string[]): XmlNode | undefined {
  for (const name of names) {
    const found = node.children.find((c) => c.name === name)
    if (found) return found
  }
  return undefined
}

export function childrenNamed(node: XmlNode, ...names: string[]): XmlNode[] {
  return node.children.filter((c) => names.includes(c.name))
}

/** All text inside the element, markup dropped: for inline XHTML titles and summaries. */
export function innerText(node: XmlNode): string {
  if (node.children.length === 0) return node.text
  let out = ''
  for (const c of node.children) out += c.name === TEXT ? c.text : innerText(c)
  return out
}

/** Inline XHTML re-serialised, so it can be sanitised like escaped HTML. */
export function innerXml(node: XmlNode): string {
  if (node.children.length === 0) return escapeText(node.text)
  let out = ''
  for (const c of node.children) {
    if (c.name === TEXT) {
      out += escapeText(c.text)
      continue
    }
    const local = c.name.replace(/^xhtml:/, '')
    out += `<${local}>${innerXml(c)}</${local}>`
  }
  return out
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

export function textOf(node: XmlNode | undefined, ...names: string[]): string | null {
  if (!node) return null
  const found = names.length ? child(node, ...names) : node
  if (!found) return null
  const text = innerText(found).trim()
  return text || null
}

/**
 * A quick linear look at the markup, before a reader that has no limits of its own (xml2js under
 * rss-parser spent 6 s on 300,000 nested elements, then overflowed its stack): says which limit
 * the document exceeds, or null. Approximate by design (a `>` inside a quoted attribute
 * ends a tag here); the lenient reader it hands over to applies the exact limits.
 */
export function exceedsXmlLimits(text: string): string | null {
  let depth = 0
  let elements = 0
  for (let i = text.indexOf('<'); i !== -1; i = text.indexOf('<', i)) {
    // Most tags are not `<!…`: only those need the two comparisons.
    const bang = text.charCodeAt(i + 1) === 0x21
    const skipTo = bang && text.startsWith('<![CDATA[', i) ? ']]>' : bang && text.startsWith('<!--', i) ? '-->' : '>'
    const end = text.indexOf(skipTo, i + 1)
    if (end === -1) break
    const next = text.charCodeAt(i + 1)
    if (next === 0x2f /* / */) depth--
    else if (skipTo === '>' && next !== 0x21 /* ! */ && next !== 0x3f /* ? */) {
      if (++elements > MAX_XML_ELEMENTS) return `more than ${MAX_XML_ELEMENTS.toLocaleString('en')} elements`
      if (text.charCodeAt(end - 1) !== 0x2f && ++depth > MAX_XML_DEPTH) return `elements nested more than ${MAX_XML_DEPTH} deep`
    }
    i = end + skipTo.length
  }
  return null
}
