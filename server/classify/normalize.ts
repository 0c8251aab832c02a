import * as OpenCC from 'opencc-js'

// Hong Kong and Taiwan sources write traditional characters; the dictionaries are simplified.
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' })

/**
 * One bit per UTF-16 unit, set where OpenCC changes the character: a typed-array read per character, not a Set lookup,
 * in 8 KB that stay in the cache while a text is scanned (a byte per unit took 64 KB).
 */
let traditional: Uint8Array | null = null

/**
 * The characters OpenCC changes, found once by converting every CJK character (separated so
 * no phrase spans two). Converting costs ~10× a jieba cut, so only text that holds one of
 * these is converted.
 */
export function traditionalChars(): Uint8Array {
  if (traditional) return traditional
  const chars: string[] = []
  for (let cp = 0x3400; cp <= 0x9fff; cp++) chars.push(String.fromCharCode(cp))
  const converted = toSimplified(chars.join('\n')).split('\n')
  traditional = new Uint8Array(0x10000 >> 3)
  chars.forEach((ch, i) => {
    const c = ch.charCodeAt(0)
    if (converted[i] !== ch) traditional![c >> 3]! |= 1 << (c & 7)
  })
  return traditional
}

function hasTraditional(text: string): boolean {
  const table = traditionalChars()
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((table[c >> 3]! & (1 << (c & 7))) !== 0) return true
  }
  return false
}

/**
 * Text as the tagger reads it: NFKC (full-width digits and letters become ASCII, so １２ reads as
 * 12), traditional → simplified, runs of whitespace collapsed. Offsets are not kept: tags
 * never point back into the original text.
 */
export function normalizeText(text: string): string {
  const nfkc = text.normalize('NFKC')
  return (hasTraditional(nfkc) ? toSimplified(nfkc) : nfkc).replace(/\s+/g, ' ').trim()
}
