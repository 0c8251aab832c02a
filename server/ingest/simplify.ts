import { Converter, Locale, type ConverterFunction } from 'opencc-js/t2cn'

/** The converter's locales: Hong Kong and Taiwan sources both read as Simplified (mainland). */
const FROM = 'hk'
/** OpenCC's preset that `Converter({ from: 'hk', to: 'cn' })` runs. */
const PRESET = 'hk2s'

let convert: ConverterFunction | null = null
let witnesses: Uint8Array | null = null

/** Each `key value` entry of a dictionary in any of the shapes opencc-js accepts (text, pairs, groups, chains). */
function forEachEntry(dict: unknown, visit: (key: string, value: string | undefined) => void): void {
  if (typeof dict === 'string') {
    for (const entry of dict.split('|')) {
      const [key, value] = entry.split(' ')
      if (key) visit(key, value)
    }
  } else if (Array.isArray(dict)) {
    const pair = dict.length === 2 && typeof dict[0] === 'string' && typeof dict[1] === 'string' && !dict[0].includes(' ') && !dict[1].includes(' ')
    if (pair) visit(dict[0] as string, dict[1] as string)
    else for (const part of dict) forEachEntry(part, visit)
  }
}

/**
 * One character of every entry that changes text (value ≠ key), in every step of the preset: the
 * first character that differs, which is nearly always the Traditional one. An entry matches only
 * where all its key's characters are, so a text that holds none of these is left as it is by every
 * step (entries that map a phrase to itself only stop a shorter entry from matching), and is
 * returned without walking the dictionaries four times. Characters outside the BMP are not
 * listed: any text with one is converted in full.
 */
function changingCharacters(): Uint8Array {
  const marks = new Uint8Array(0x10000)
  const preset = (Locale.configs as Record<string, unknown>)[PRESET]
  if (!preset) throw new Error(`opencc-js has no ${PRESET} preset`)
  forEachEntry(Object.values(preset), (key, value) => {
    if (key === value) return
    const keyChars = [...key]
    const valueChars = value === undefined ? [] : [...value]
    let at = keyChars.findIndex((ch, i) => ch !== valueChars[i])
    if (at < 0) at = keyChars.length - 1
    const code = keyChars[at]!.codePointAt(0)!
    if (code < 0x10000) marks[code] = 1
  })
  return marks
}

/** Whether `converter` might change the text: one of its changing characters, or any surrogate (see changingCharacters). */
function mayChange(text: string, marks: Uint8Array): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (marks[code] === 1 || (code >= 0xd800 && code <= 0xdfff)) return true
  }
  return false
}

/**
 * Traditional → Simplified, for tagging only: items are stored as published, but the
 * department and place dictionaries are Simplified, so 臺灣/國務院 must be matched as 台湾/国务院.
 * The converter's dictionaries are built once per process, on first use.
 */
export function toSimplified(text: string): string {
  // Pure ASCII needs no conversion; Simplified text only when it holds a character some entry changes.
  if (!/[\u3400-\u9fff\uf900-\ufaff]/.test(text)) return text
  witnesses ??= changingCharacters()
  if (!mayChange(text, witnesses)) return text
  convert ??= Converter({ from: FROM, to: 'cn' })
  return convert(text)
}
