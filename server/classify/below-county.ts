import { INSTITUTIONS } from './institutions.ts'
import type { Place, PlaceName } from './gazetteer.ts'
import { townsInOtherProvinces, townShortName, townsOf, type Town } from './towns.ts'
import { villagesOf } from './villages.ts'

/**
 * Town short names that are everyday words, directions or names found in every city (城关,
 * 黄河, 开发, 胜利): the full name (城关镇) still counts, the short one never does.
 */
const TOWN_SHORT_BLOCKLIST = new Set([
  '黄河', '胜利', '人民', '和平', '新华', '解放', '建设', '文化', '中心', '开发', '新城', '城关', '城东', '城西', '城南', '城北',
  '城中', '城区', '东城', '西城', '南城', '北城', '东关', '西关', '南关', '北关', '大桥', '太平', '永安', '长安', '光明', '幸福',
  '团结', '友谊', '振兴', '兴隆', '龙山', '凤凰', '金山', '青山', '白云', '东风', '红旗', '前进', '工业', '商业', '经济', '高新',
  '滨海', '港口', '临港', '机场', '车站', '站前', '新区', '开元', '中华', '华山', '东方', '朝阳', '向阳', '阳光', '花园', '公园',
  '湖滨', '河西', '湖西', '湖东', '大学', '学院', '医院', '市场', '广场', '古城', '老城', '新街', '社区', '农场', '林场', '三里',
  '十里', '八里', '五里', '石桥', '马山', '王村', '李村', '张村', '大王', '大店', '店子', '田庄', '新村', '东村', '西村', '中村',
  '南村', '北村', '官庄', '孙村', '沙河', '温泉', '龙泉', '金岭', '双山', '水库', '码头', '高桥', '东海', '南海', '北海', '西海',
  '海滨', '海岸', '海阳', '青年', '明湖', '泉城', '珠山', '九龙', '峨庄', '南湖', '北湖', '东湖', '西湖', '北园', '南园', '东园',
  '西园', '白马', '金沙', '银河', '天河', '香港', '澳门', '台湾', '北京', '上海', '天津', '重庆', '南京', '大连',
])

/** Full town names too common to stand alone (城关镇, 城南街道): they need the city named as well. */
const GENERIC_TOWN = /^(城关|城东|城西|城南|城北|城中|东城|西城|南城|北城|东关|西关|南关|北关|新华|人民|解放|和平|中心|开发区|新城)/

/** Streets share their names across cities: a 解放路街道's short name must be longer than 解放路. */
const STREETLIKE = /(路|街)$/

type AddName = (surface: string, place: Place, name: Omit<PlaceName, 'surface' | 'places'>) => void

/**
 * Adds what lies below the county level: 乡镇/街道 from GB/T 2260, then well-known institutions
 * (./institutions.ts). A full town name counts as its county when no other province has one of
 * that name, or only one other town in the country has and the item names no division (mention-filter.ts);
 * otherwise, and for its short name (木石 for 木石镇, headline only), only when the text
 * names the same city another way. A name already taken by a division
 * or alias keeps its meaning: 济阳 stays 济阳区, not 济阳街道.
 */
export function addBelowCounty(homeName: string, homeCode: string, counties: readonly Place[], cities: readonly Place[], has: (surface: string) => boolean, add: AddName): void {
  // Institutions first: 趵突泉 is the spring, not the short name of 趵突泉街道.
  for (const inst of INSTITUTIONS[homeName] ?? []) {
    const city = cities.find((c) => c.name === inst.city)
    const place = inst.county ? counties.find((k) => k.city === inst.city && k.name === inst.county) : city
    if (!place) throw new Error(`institution ${inst.names[0]}: ${inst.city}${inst.county ?? ''} is not a division of ${homeName}`)
    const via = inst.kind === 'enterprise' ? 'enterprise' : inst.kind === 'nature' ? 'nature' : 'institution'
    for (const n of inst.names) add(n, place, { isShort: false, via })
    for (const n of inst.shortNames ?? []) add(n, place, { isShort: true, via, needsCorroboration: true })
  }
  const county = new Map(counties.map((c) => [c.code, c]))
  const towns = townsOf(homeCode).filter((t) => county.has(t.countyCode))
  const fullNames = new Set(towns.map((t) => t.name))
  const taken = (s: string) => has(s) && !fullNames.has(s)
  const elsewhere = townsInOtherProvinces(homeCode)
  for (const t of towns) {
    if (taken(t.name)) continue
    // A name one other town in the country shares (宫里镇: one in 陕西) may stand alone in an item that names
    // nothing else (mention-filter.ts); one the country has many of (王村镇: ten elsewhere) may not.
    const isGeneric = GENERIC_TOWN.test(t.name)
    const sharedOnce = !isGeneric && elsewhere.get(t.name) === 1
    add(t.name, county.get(t.countyCode)!, { isShort: false, via: 'town', needsCorroboration: isGeneric || elsewhere.has(t.name), ...(sharedOnce ? { sharedOnceElsewhere: true } : {}) })
  }
  // A short name two towns share keeps both readings; one a division or institution has is left to it.
  const shorts = new Set<string>()
  for (const t of towns) {
    const short = townShortName(t.name)
    if (!short || TOWN_SHORT_BLOCKLIST.has(short) || fullNames.has(short) || (taken(short) && !shorts.has(short))) continue
    if (STREETLIKE.test(short) && short.length < 4) continue
    shorts.add(short)
    add(short, county.get(t.countyCode)!, { isShort: true, via: 'town', needsCorroboration: true })
  }
  addCityParts(towns, county, cities, taken, add)
  addVillages(homeCode, county, taken, add)
}

/** A town short name that names a part of its city: alone it is a direction (城东), right after the city's name the part. */
const CITY_PART = /^(东城|西城|南城|北城|城东|城西|城南|城北|城关|东关|西关|南关|北关)$/

/**
 * 东营市东城, 东营东城: a part of a city named right after the city is the one town of that name the
 * city has (东城街道, 东营区). Alone 东城 is a direction every city has, so it is never read (above).
 */
function addCityParts(towns: readonly Town[], county: ReadonlyMap<string, Place>, cities: readonly Place[], taken: (s: string) => boolean, add: AddName): void {
  const byCityAndShort = new Map<string, Town[]>()
  for (const t of towns) {
    const short = townShortName(t.name)
    if (!short || !CITY_PART.test(short)) continue
    const key = `${county.get(t.countyCode)!.cityCode}/${short}`
    byCityAndShort.set(key, [...(byCityAndShort.get(key) ?? []), t])
  }
  for (const [key, ts] of byCityAndShort) {
    if (ts.length !== 1) continue
    const [cityCode, short] = key.split('/') as [string, string]
    const city = cities.find((c) => c.code === cityCode)
    if (!city) continue
    for (const cityName of new Set([city.name, city.name.replace(/市$/, '')])) {
      if (!taken(cityName + short)) add(cityName + short, county.get(ts[0]!.countyCode)!, { isShort: false, via: 'town' })
    }
  }
}

/**
 * 社区 (居委会) names found in one county of the province only (./villages.ts), written with their
 * 社区: one counts as its county, unless other provinces have one of that name or its name is a
 * word (幸福社区), when it needs the city named as well. A 社区 named after its estate (恒大城社区) is
 * not read by the estate's name (济南市恒大城): the division lists name the 社区, not the estate, whose
 * grounds and name need not match the 社区's, and an estate's name settles no county (guideline v1.2 §7.5).
 */
function addVillages(homeCode: string, county: ReadonlyMap<string, Place>, taken: (s: string) => boolean, add: AddName): void {
  for (const v of villagesOf(homeCode)) {
    const place = county.get(v.countyCode)
    if (!place || taken(v.name) || TOWN_SHORT_BLOCKLIST.has(v.name.replace(/社区$/, ''))) continue
    add(v.name, place, { isShort: false, via: 'village', needsCorroboration: v.isWeak })
  }
}
