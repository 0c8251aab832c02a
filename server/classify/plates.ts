/**
 * Vehicle plate prefixes of the home province's cities (docs/tagging-guideline.md §2.1): a plate
 * says where a vehicle is registered, so it settles the city only when the item names no place.
 * Keyed by the home province's name, like the gazetteer's aliases.
 */
const PLATES: Record<string, Record<string, string>> = {
  山东省: {
    A: '济南市', S: '济南市', B: '青岛市', U: '青岛市', C: '淄博市', D: '枣庄市', E: '东营市', F: '烟台市', Y: '烟台市',
    G: '潍坊市', V: '潍坊市', H: '济宁市', J: '泰安市', K: '威海市', L: '日照市', M: '滨州市', N: '德州市', P: '聊城市',
    Q: '临沂市', R: '菏泽市',
  },
}

/** The province's one-character plate abbreviation. */
const PROVINCE_CHAR: Record<string, string> = { 山东省: '鲁' }

export interface PlateMention {
  /** The plate prefix as written (鲁Q). */
  surface: string
  city: string
  start: number
}

/**
 * Plate prefixes in the text (鲁A12345, 鲁Q牌照, 鲁B·7X…): the province character, a city letter,
 * then a plate character or 牌. A letter followed by more Latin letters (鲁ABC) is not a plate.
 */
export function findPlates(text: string, homeProvince: string): PlateMention[] {
  const ch = PROVINCE_CHAR[homeProvince]
  const table = PLATES[homeProvince]
  if (!ch || !table) return []
  const found: PlateMention[] = []
  for (const m of text.matchAll(new RegExp(`${ch}([A-Z])(?=[·•\\s]?[0-9A-Z]{4,6}(?![A-Za-z])|牌|籍|字头)`, 'g'))) {
    const city = table[m[1]!]
    if (city) found.push({ surface: m[0], city, start: m.index })
  }
  return found
}
