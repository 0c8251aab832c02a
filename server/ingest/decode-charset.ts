import iconv from 'iconv-lite'
import jschardet from 'jschardet'

export interface Decoded {
  text: string
  /** The charset actually used, lower case, as iconv-lite names it. */
  encoding: string
}

// GB2312 and GBK feeds routinely contain characters outside their declared set; their
// superset GB18030 reads every one of them the same way.
const ALIASES: Record<string, string> = {
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  'euc-cn': 'gb18030',
  cp936: 'gb18030',
  'big5-hkscs': 'big5hkscs',
  'utf8': 'utf-8',
}

export function normaliseCharset(name: string | null | undefined): string | null {
  if (!name) return null
  const lower = name.trim().toLowerCase().replace(/^["']|["']$/g, '')
  const canonical = ALIASES[lower] ?? lower
  return iconv.encodingExists(canonical) ? canonical : null
}

function charsetFromBom(bytes: Uint8Array): { encoding: string; skip: number } | null {
  // UTF-32 first: its little-endian BOM starts with UTF-16's.
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return { encoding: 'utf-32le', skip: 4 }
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return { encoding: 'utf-32be', skip: 4 }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 }
  return null
}

/** UTF-16 without a BOM still shows itself by the zero bytes around ASCII `<`. */
function charsetFromNulPattern(bytes: Uint8Array): string | null {
  if (bytes.length < 4) return null
  if (bytes[0] === 0x3c && bytes[1] === 0 && bytes[2] === 0 && bytes[3] === 0) return 'utf-32le'
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0 && bytes[3] === 0x3c) return 'utf-32be'
  if (bytes[0] === 0x3c && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0) return 'utf-16le'
  if (bytes[0] === 0 && bytes[1] === 0x3c && bytes[2] === 0) return 'utf-16be'
  return null
}

export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const match = contentType ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType) : null
  return match?.[1] ?? null
}

function charsetFromXmlDeclaration(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1')
  const match = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)
  return match?.[1] ?? null
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * The bytes as UTF-8 text, or null when they are not UTF-8. Checking and decoding are one pass:
 * most feeds are UTF-8, and decoding them twice (a check, then iconv) was a tenth of reading one.
 * Called only after the BOM checks, so there is no BOM for the decoder to drop.
 */
function utf8Text(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes)
  } catch {
    return null
  }
}

/** Decoding that replaced bytes it could not read did not decode cleanly. */
function decodesCleanly(text: string): boolean {
  return !text.includes('\uFFFD')
}

/**
 * Turns feed bytes into text: BOM, then the HTTP charset, then the XML declaration; when the
 * declared charset does not decode cleanly, or nothing is declared and the bytes are not UTF-8,
 * the charset is detected from the bytes.
 */
export function decodeFeedBytes(bytes: Uint8Array, contentType?: string | null): Decoded {
  const bom = charsetFromBom(bytes)
  if (bom) return { text: iconv.decode(Buffer.from(bytes.subarray(bom.skip)), bom.encoding), encoding: bom.encoding }
  const nul = charsetFromNulPattern(bytes)
  if (nul) return { text: iconv.decode(Buffer.from(bytes), nul), encoding: nul }

  // A view, not a copy: nothing below writes to it.
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const declared = [charsetFromContentType(contentType), charsetFromXmlDeclaration(bytes)]
    .map(normaliseCharset)
    .filter((c): c is string => c !== null)
  let utf8: string | null | undefined
  const asUtf8 = () => (utf8 === undefined ? (utf8 = utf8Text(bytes)) : utf8)
  for (const encoding of declared) {
    // Without a BOM or zero bytes this text is not UTF-16/32, whatever the declaration says.
    if (/^utf-?(16|32)/.test(encoding)) continue
    const text = encoding === 'utf-8' ? asUtf8() : iconv.decode(buffer, encoding)
    if (text !== null && decodesCleanly(text)) return { text, encoding }
  }
  const text = asUtf8()
  if (text !== null) return { text, encoding: 'utf-8' }

  const guess = jschardet.detect(buffer)
  const detected = normaliseCharset(guess.encoding) ?? 'gb18030'
  return { text: iconv.decode(buffer, detected), encoding: detected }
}
