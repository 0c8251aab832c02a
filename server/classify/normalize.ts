import * as OpenCC from 'opencc-js'

// Hong Kong and Taiwan sources write traditional characters; the dictionaries are simplified.
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' })

/** One byte per UTF-16 unit, 1 where OpenCC changes the character: a typed-array read per character, not a Set lookup. */
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
  traditional = new Uint8Array(0x10000)
  chars.forEach((ch, i) => {
    if (converted[i] !== ch) traditional![ch.charCodeAt(0)] = 1
  })
  return traditional
}

function hasTraditional(text: string): boolean {
  const table = traditionalChars()
  for (let i = 0; i < text.length; i++) if (table[text.charCodeAt(i)] === 1) return true
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
