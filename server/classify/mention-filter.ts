import type { PlaceMention } from './region.ts'
import { concatMap } from './concat-map.ts'

const isFirm = (m: PlaceMention) => !m.name.via && !m.isPlate

/**
 * Weighs the evidence below the county level before the region is chosen
 * (docs/tagging-guideline.md §2.1):
 * - a town's short name, a town name other provinces also have, an institution's short name or
 *   省城 (木石, 王村镇, 一浴) counts only when a division name in the text puts it in the same city,
 *   or another such name of a different word that is not a bare town short name does (省城 + 泺口,
 *   一浴 + 六浴), and then only as that city's reading; a town short name in the body needs the latter;
 * - a town or institution does not make an item about somewhere else a home item: with a place
 *   outside the home province named and no home division, it is dropped;
 * - a 社区 or 村 counts only when no other county is named;
 * - an enterprise is named wherever it does business: it counts only when nothing else is named, or, when it lies in
 *   one county, when its city is named and no county is (淄博齐鲁石化 is 临淄区's).
 */
export function weighBelowCounty(mentions: readonly PlaceMention[]): PlaceMention[] {
  if (mentions.every(isFirm)) return [...mentions]
  const firmHome = mentions.filter((m) => isFirm(m) && m.name.places.some((p) => p.isHome))
  const citiesOf = (ms: readonly PlaceMention[]) => new Set(concatMap(ms, (m) => m.name.places.filter((p) => p.isHome && p.cityCode).map((p) => p.cityCode!)))
  const namedCities = citiesOf(firmHome)
  const namedCounties = new Set(concatMap(firmHome, (m) => m.name.places.filter((p) => p.isHome && p.level === 'county').map((p) => p.code)))
  // Evidence below the county that is not a bare town short name (一浴, 省城, 王村镇): two such names of
  // different words that agree on a city vouch for each other (省城 + 泺口, 一浴 + 六浴).
  const belowCounty = mentions.filter((m) => m.name.via && m.name.via !== 'enterprise')
  const vouchers = belowCounty.filter((m) => !(m.name.via === 'town' && m.name.isShort))
  const namesOutside = mentions.some((m) => isFirm(m) && m.name.places.length > 0 && m.name.places.every((p) => !p.isHome))
  const kept: PlaceMention[] = []
  for (const m of mentions) {
    if (isFirm(m) || m.isPlate) {
      kept.push(m)
      continue
    }
    // 淄博齐鲁石化公司烯烃厂发生火灾: an enterprise with its one county, in its city named with no county, is where it happened.
    if (m.name.via === 'enterprise' && namedCounties.size === 0 && m.name.places.some((p) => p.level === 'county' && p.cityCode !== null && namedCities.has(p.cityCode))) kept.push(m)
    if (m.name.via === 'enterprise') continue
    // A 社区 or 村 only says which county when the text names none: one named elsewhere in a story
    // about another county is an example or a victim's home, never the place (解放桥社区, 司庄村).
    if (m.name.via === 'village' && namedCounties.size > 0 && !m.name.places.some((p) => namedCounties.has(p.code))) continue
    // An institution's short name (火车站, 一浴) is the named city's only while no county is named: a
    // county's item calls its own station 火车站 (邹城…火车站 is 邹城站, not 济宁站); right after a
    // place's name it is that place's (石楼县火车站).
    if (m.name.via === 'institution' && m.name.isShort && namedCounties.size > 0 && !m.name.places.some((p) => namedCounties.has(p.code))) continue
    if (m.name.via === 'institution' && m.name.isShort && mentions.some((o) => o.inTitle === m.inTitle && o.start + o.name.surface.length === m.start)) continue
    if (namesOutside && firmHome.length === 0) continue
    // 天桥区桑梓店办事处, 平邑县仲村镇: a town's name right after its own county's name is that town, whatever else it
    // could be alone; the county vouches for it as no other name can.
    const county = m.name.via === 'town' ? mentions.find((o) => isFirm(o) && o.inTitle === m.inTitle && o.start + o.name.surface.length === m.start) : undefined
    const own = county ? m.name.places.filter((p) => county.name.places.some((k) => k.isHome && k.level === 'county' && k.code === p.code)) : []
    if (own.length > 0) {
      kept.push({ ...m, name: { ...m.name, places: own } })
      continue
    }
    if (!m.name.needsCorroboration) {
      kept.push(m)
      continue
    }
    // A full town name one town elsewhere in the country has too (宫里镇, 于集镇), in an item that names no division at all,
    // home or elsewhere, and no other town: the home feed's item is about the home town of that name.
    if (m.name.sharedOnceElsewhere && m.name.places.length === 1 && !mentions.some((o) => isFirm(o) || (o !== m && o.name.via === 'town' && !o.name.isShort))) {
      kept.push(m)
      continue
    }
    // Not itself, nor its own full name (省庄 in 省庄镇后省庄村 is the same town again); a voucher is in
    // turn vouched for by any other name below the county it agrees with (省城 by 泺口).
    const others = (vouchers.includes(m) ? belowCounty : vouchers).filter((v) => !v.name.surface.startsWith(m.name.surface) && !m.name.surface.startsWith(v.name.surface))
    const vouched = citiesOf(others)
    // A town's short name in the body is too often a word, a street or an estate (灵山, 柳园南路, 彩石山庄):
    // the city named is not enough for it, only another name below the county is (省城泺口).
    const isBodyShort = m.name.via === 'town' && m.name.isShort && !m.inTitle
    const places = m.name.places.filter((p) => p.cityCode !== null && ((!isBodyShort && namedCities.has(p.cityCode)) || vouched.has(p.cityCode)))
    if (places.length > 0) kept.push({ ...m, name: { ...m.name, places } })
  }
  // An enterprise settles the place only when it is the only place evidence there is.
  if (!kept.some((m) => m.name.places.length > 0 && !m.isPlate)) kept.push(...mentions.filter((m) => m.name.via === 'enterprise'))
  return kept
}
