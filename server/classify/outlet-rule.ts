import type { Place } from './gazetteer.ts'
import { concatMap } from './concat-map.ts'

/**
 * The outlet's place (guideline §2.3, "outlet place"): a local paper that says 我市, 本县, 市委 or
 * 市交通运输局 without naming the city means its own. These are the words by which a text refers to
 * the division it is written in; the outlet's name says which division that is.
 */

type Kind = '市' | '县' | '区'

/** Before a bare 市/县/区 that opens a unit's name: nothing, a stop, or a word that ends a phrase. */
const OPEN = '(?:^|[\\s，。,、：:；;！!？?“”"‘’（）()【】《》据由经和与及向对从在将日了])'
/** 市场, 市民, 市区 and 县域 are words of their own, not a unit; 市区 is read as its own word below. */
const NOT_UNIT = '(?!场|民|区|县|值|面|内|外|井|容|貌)'
/** What a unit's name ends with (市交通运输局, 县委, 区人民法院, 市消防救援支队). */
const UNIT_END = '(?:局|委员会|委|办公室|办|指挥部|支队|大队|法院|检察院|政府|人大|政协|医院)'

const SELF: Record<Kind, RegExp> = {
  // 市长, 副市长 and the 市12345 hotline are the city's office and line as 市政府 is its government (not 超市长期).
  // A bare zone opening a unit's name (开发区行政审批服务局) is the city's zone, which gives the city only (§2.1).
  市: new RegExp(`(我市|本市|全市|(?<![超城都门])副?市长|市12345)|${OPEN}(市${NOT_UNIT}[^\\s，。,、：:；;！!？?]{0,8}?${UNIT_END})|(主城区|城区|市区)|${OPEN}((?:经济技术|高新技术产业|经济)?开发区|高新区|经开区)(?=[^\\s，。,、：:；;！!？?]{0,8}?${UNIT_END})`, 'g'),
  县: new RegExp(`(我县|本县|全县)|${OPEN}(县${NOT_UNIT}[^\\s，。,、：:；;！!？?]{0,8}?${UNIT_END})|(县城)`, 'g'),
  区: new RegExp(`(我区|本区|全区)|${OPEN}(区${NOT_UNIT}[^\\s，。,、：:；;！!？?]{0,8}?${UNIT_END})`, 'g'),
}

/**
 * The paper speaking of itself (本报讯, 本报11月27日讯, 本报记者, 向本报反映): a local paper's own
 * dispatch, which is about its own division unless it names another (guideline §2.3).
 */
const PAPER = /本报(?:[^\s，。,、：:；;！!？?]{0,8}?讯|记者)|向本报/g

function kindOf(place: Place): Kind {
  if (place.level === 'city') return '市'
  return place.name.endsWith('县') ? '县' : place.name.endsWith('区') ? '区' : '市'
}

function wordsOf(kind: Kind, text: string): string[] {
  return [...text.matchAll(SELF[kind])].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]!).filter(Boolean)
}

export interface OutletReading {
  place: Place
  /** The self-references read, in order (我市, 市交通运输局). */
  words: string[]
}

/**
 * Where an item that names no place is, by its self-references and its outlet's place. The
 * outlet's own kind of reference (莱西市's 市交通运输局, 莒县's 县委) is the outlet's place; a
 * reference to another level is the outlet's city (a county paper's 市委 is the city's, a city
 * paper's 我区 is one of its districts). Null when the text refers to nowhere: the outlet's place
 * alone is never the item's (guideline §2.1: not where the newspaper is).
 */
export function readOutletPlace(texts: readonly string[], outlet: Place, cityOf: (code: string) => Place | undefined): OutletReading | null {
  const own = kindOf(outlet)
  const text = texts.join('\n')
  const words = wordsOf(own, text)
  if (words.length > 0) return { place: outlet, words: [...new Set(words)] }
  const city = outlet.level === 'city' ? outlet : cityOf(outlet.cityCode!)
  if (!city) return null
  const other = concatMap((['市', '县', '区'] as const).filter((k) => k !== own), (k) => wordsOf(k, text))
  return other.length > 0 ? { place: city, words: [...new Set(other)] } : null
}

/**
 * 本报讯, 本报记者: an item that refers to no division and names none, but is the local paper's own
 * dispatch, is from the paper's own division (guideline §2.3). The weakest reading: after any
 * self-reference and any town the outlet vouches for.
 */
export function readOwnDispatch(texts: readonly string[], outlet: Place): OutletReading | null {
  const words = concatMap(texts, (t) => [...t.matchAll(PAPER)].map((m) => m[0]))
  return words.length > 0 ? { place: outlet, words: [...new Set(words)] } : null
}

/**
 * The first bare 市 + unit (市交通运输局, 市政府) in a text, the city's own unit named as its own press names it, or null.
 * Only the unit form: 我市, 全市 and 城区 say where, not who acts.
 */
export function ownCityUnit(text: string): string | null {
  for (const m of text.matchAll(SELF['市'])) if (m[2]) return m[2]
  return null
}
