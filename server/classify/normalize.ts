import * as OpenCC from 'opencc-js'

// Hong Kong and Taiwan sources write traditional characters; the dictionaries are simplified.
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' })

/**
 * Text as the tagger reads it: NFKC (full-width digits and letters become ASCII, so 1２ reads as
 * 12), traditional → simplified, runs of whitespace collapsed. Offsets are not kept: tags
 * never point back into the original text.
 */
export function normalizeText(text: string): string {
  return toSimplified(text.normalize('NFKC')).replace(/\s+/g, ' ').trim()
}
