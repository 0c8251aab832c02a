const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }

/** Matches a number written in Arabic digits or Chinese numerals (三, 十二, 二十三, 一百零五, 1.5). */
export const NUMBER_PATTERN = '(?:\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千万]+)'

/**
 * Reads 3, 十二, 二十三, 一百零五, 两千, 1.5万 as numbers; null if it is not one.
 * Written by hand because headlines mix both systems and nothing else here needs a library.
 */
export function parseChineseNumber(text: string): number | null {
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text)
  let wan = 0
  let section = 0
  let digit = -1
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch]!
    } else if (ch in UNITS) {
      section += (digit < 0 ? 1 : digit) * UNITS[ch]!
      digit = -1
    } else if (ch === '万') {
      wan += (section + Math.max(digit, 0)) * 10_000
      section = 0
      digit = -1
    } else return null
  }
  const value = wan + section + Math.max(digit, 0)
  return text.length > 0 ? value : null
}
