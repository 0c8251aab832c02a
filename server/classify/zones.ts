import type { Place } from './gazetteer.ts'

/**
 * Development zones (开发区, 高新区, 经开区 …) as place evidence. A zone is no county-level division: it gives its city
 * only, and the towns and 社区 it administers give the city too, whichever district they lie in on paper (guideline
 * §2.1, v1.2 §7.5). The tagger asks these questions of the text around a place name; each answers one.
 */

/** The zones' names as the text writes them, one list for every question below. */
const ZONES = ['经济技术开发区', '经济开发区', '开发区', '经开区', '高新区']

/** 运河经济开发区: a town's name that starts a development zone's is the zone's, which gives the city only. */
const ZONE_AFTER = new RegExp(`^(${[...ZONES, '高新技术', '产业园', '工业园', '园区', '新区'].join('|')})`)
export const opensZone = (after: string): boolean => ZONE_AFTER.test(after)

/** 兰山区、高新区, 东营经济技术开发区、东营区: a county listed beside one of its city's zones, each a part of the city. */
const ZONE_LISTED_AFTER = new RegExp(`^[、和及与](${ZONES.join('|')})`)
const ZONE_LISTED_BEFORE = new RegExp(`(${ZONES.join('|')})[、和及与]$`)
export const listedWithZone = (before: string, after: string): boolean => ZONE_LISTED_AFTER.test(after) || ZONE_LISTED_BEFORE.test(before)

/** 高新区小营街道: a town named as a zone's is administered by it. */
const ZONE_BEFORE = new RegExp(`(${[...ZONES, '高新技术产业开发区', '产业园区', '工业园区'].join('|')})$`)
export const closesZone = (before: string): boolean => ZONE_BEFORE.test(before)

/**
 * 开发区派驻…社区: a zone named on its own, with no place name before it, is the city's zone the outlet or the text
 * already speaks of, and the towns and 社区 named are the zone's (§7.5: a 经开区 or 高新区 gives the city, even for a
 * place inside it, unless the text names the district). In a county's or a district's own text (县人民政府决定…经济开发区
 * 管委会) a bare zone is that county's, and places nothing of its own.
 */
const BARE_ZONE = new RegExp(`(^|[^\\u4e00-\\u9fff])(${ZONES.join('|')})`)
const COUNTY_SPEAKS = /([县区](人民)?政府|全县|本县|全区|本区)/
export const namesBareZone = (title: string, body: string): boolean => (BARE_ZONE.test(title) || BARE_ZONE.test(body)) && !COUNTY_SPEAKS.test(`${title}。${body}`)

/**
 * 济宁太白湖区, 潍坊滨海区: a 区 after a city's name that is none of the city's districts is a zone the city runs
 * (太白湖新区, 滨海经济技术开发区), which gives the city only, as a named 开发区 does (§7.5). 济南一小区, 青岛老城区,
 * 泰安景区 end in 区 and are no area's name.
 */
const AREA_AFTER = /^[\u4e00-\u9fff]{2,3}区/
const AREA_WORD = /(小区|社区|城区|市区|景区|校区|辖区|片区|街区|园区|山区|矿区|灾区|郊区|老区|厂区|营区|库区|展区|分区|专区|禁区|管区|战区)$/
export function opensZoneArea(after: string, places: readonly Place[], homeCounties: readonly Place[]): boolean {
  const m = AREA_AFTER.exec(after)
  if (!m || AREA_WORD.test(m[0])) return false
  const cities = new Set(places.filter((p) => p.isHome && p.level === 'city').map((p) => p.name))
  return !homeCounties.some((k) => cities.has(k.city!) && m[0].startsWith(k.name.slice(0, 2)))
}
