import type { RegionTag } from '@shared/types/item.ts'
import type { Place, PlaceName } from './gazetteer.ts'

/** One place name found in the text. */
export interface PlaceMention {
  name: PlaceName
  start: number
  inTitle: boolean
  /** A city named as the subject of a city-wide statement (青岛市卫生健康委员会辟谣, 淄博消防通报). */
  isCityWide?: boolean
  /** A vehicle plate (鲁Q…), not a place name: the weakest evidence there is. */
  isPlate?: boolean
  /** The place of a dateline (本报济南…讯): where the report was filed. */
  isDateline?: boolean
  /** A place right before a person (北京游客, 河南男子): where someone is from, not where it happened. */
  isOrigin?: boolean
  /** A county whose own leaders accompany (陪同) a visit from above: the visit is there. */
  isHost?: boolean
  /** A home city or county a visit goes to (来日照调研, 到…鄄城县开展调研): where a provincial department's visit is. */
  isVisit?: boolean
  /** A county's own unit joined to the city's at work (与东昌府分局联合): the county acting with it. */
  isOwnUnit?: boolean
  /** A county listed with another of its city's counties (茌平、冠县两地): one part of a list. */
  isListed?: boolean
  /** A county listed beside one of its city's zones (兰山区、高新区): one part of the city. */
  isZoneListed?: boolean
}

/** A headline names the place an item is about; the body often names others in passing. */
const TITLE_WEIGHT = 3
const BODY_WEIGHT = 1

interface Tally {
  place: Place
  weight: number
  first: number
  inTitle: boolean
  /** Named by a division's own name, not only through a town, institution or plate. */
  isNamed: boolean
}

function tally(into: Map<string, Tally>, place: Place, mention: PlaceMention): void {
  const weight = mention.inTitle ? TITLE_WEIGHT : BODY_WEIGHT
  const order = (mention.inTitle ? 0 : 1_000_000) + mention.start
  const isNamed = !mention.name.via && !mention.isPlate
  const t = into.get(place.code)
  if (t) {
    t.weight += weight
    t.first = Math.min(t.first, order)
    t.inTitle ||= mention.inTitle
    t.isNamed ||= isNamed
  } else into.set(place.code, { place, weight, first: order, inTitle: mention.inTitle, isNamed })
}

/**
 * The place named most, then first. At equal weight a division named outright beats one reached only through an
 * institution, town or plate (山东农业大学…教授…到蒙阴县调研: the university is where the visitors are from, 蒙阴县 the scene).
 */
function best(tallies: Iterable<Tally>): Tally | undefined {
  let top: Tally | undefined
  for (const t of tallies) {
    const beats = !top || t.weight > top.weight || (t.weight === top.weight && (t.isNamed !== top.isNamed ? t.isNamed : t.first < top.first))
    if (beats) top = t
  }
  return top
}

/** A place named in the headline is surer than one met only in the body. */
const TITLE_SURE = 0.9
const BODY_SURE = 0.7
/** Only the province is named (山东, 我省): the level is certain, the place is broad. */
const PROVINCE_SURE = 0.5
const PLATE_SURE = 0.4

const round2 = (x: number) => Math.round(100 * x) / 100

/** How sure a chosen place is: named where, and what share of the weight of its rivals it holds. */
function sureness(chosen: Tally, rivals: Iterable<Tally>, isPlate: boolean): number {
  let total = 0
  for (const t of rivals) total += t.weight
  const share = total > 0 ? chosen.weight / total : 1
  return isPlate ? PLATE_SURE * share : (chosen.inTitle ? TITLE_SURE : BODY_SURE) * share
}

function regionOf(place: Place, confidence: number): RegionTag {
  return {
    province: place.province,
    city: place.level === 'province' ? null : place.city,
    county: place.level === 'county' ? place.name : null,
    code: place.code,
    confidence: round2(confidence),
  }
}

/**
 * Where an item is, from the places it names. A name shared by several divisions (市中区 in 济南
 * and in 枣庄) is settled by the cities the text names; if nothing settles it, the region stays
 * at the level that is certain: it is never guessed. `isIncident`: the item reports something that happened
 * (severity.ts found its signals), so a landmark it names is a scene, not an example.
 */
export function resolveRegion(mentions: PlaceMention[], home: Place, speaksForProvince = false, isIncident = false): RegionTag | null {
  const region = chooseRegion(mentions, home, speaksForProvince, isIncident)
  return region && { ...region, terms: wordsBehind(mentions, region) }
}

/** How a mention reads in the explanation: a town or institution shows the place it settles. */
function word(m: PlaceMention, place: Place): string {
  return m.name.via ? `${m.name.surface}→${place.name}` : m.name.surface
}

/** The place words that point at the chosen region, in reading order (docs/tagging-guideline.md §2.1). */
function wordsBehind(mentions: PlaceMention[], region: RegionTag): string[] {
  const code = region.code ?? ''
  const cityCode = `${code.slice(0, 4)}00`
  const isProvince = code.endsWith('0000')
  const points = (p: Place) =>
    isProvince ? p.province === region.province : p.code === code || p.cityCode === code || (region.county !== null && p.code === cityCode)
  const words = new Set<string>()
  for (const m of [...mentions].sort((a, b) => Number(b.inTitle) - Number(a.inTitle) || a.start - b.start)) {
    const place = m.name.places.find(points)
    if (place) words.add(word(m, place))
  }
  return [...words]
}

/** Whether a firm mention other than someone's origin names a place outside `place` (another county, city or province). */
function namesBeyond(mentions: readonly PlaceMention[], place: Place): boolean {
  return mentions.some((o) => !o.isOrigin && !o.name.via && !o.isPlate && o.name.places.length > 0 && o.name.places.every((p) => p.level !== 'province' && p.code !== place.code && !(p.level === 'city' && p.code === place.cityCode)))
}

function chooseRegion(mentions: PlaceMention[], home: Place, speaksForProvince: boolean, isIncident: boolean): RegionTag | null {
  if (mentions.length === 0) return null
  // 1. Cities the text names for certain: named cities and the cities of unambiguous counties.
  const contextCities = new Set<string>()
  for (const m of mentions) {
    const homePlaces = m.name.places.filter((p) => p.isHome && p.level !== 'province')
    const cities = new Set(homePlaces.map((p) => p.cityCode))
    if (cities.size === 1 && homePlaces.length > 0) contextCities.add([...cities][0]!)
  }
  // 2. Settle each mention; an ambiguous one counts only towards what all its readings share.
  const cityTally = new Map<string, Tally>()
  const countyTally = new Map<string, Tally>()
  const outside = new Map<string, Tally>()
  const cityWide = new Set<string>()
  // Counties a town, 社区 or 村 in the text lies in (岚山区中楼镇): evidence below the county.
  const settledBelow = new Set<string>()
  // Counties whose own leaders accompany a visit (滕州市…陪同视察): their hosts.
  const hosts = new Set<string>()
  // Counties whose own unit joins the city's at work (与东昌府分局联合): the county acting.
  const ownUnits = new Set<string>()
  let homeProvinceNamed = false
  let homeProvinceInTitle = false
  for (const m of mentions) {
    let places = m.name.places.filter((p) => p.isHome)
    if (places.length === 0) {
      const out = m.name.places.filter((p) => p.level !== 'province')
      for (const p of out.length === 1 ? out : m.name.places.length === 1 ? m.name.places : []) tally(outside, p, m)
      continue
    }
    if (places.length > 1) {
      const inContext = places.filter((p) => p.cityCode !== null && contextCities.has(p.cityCode))
      if (inContext.length > 0) places = inContext
    }
    if (places.length !== 1) continue
    const place = places[0]!
    if (place.level === 'province') {
      homeProvinceNamed = true
      homeProvinceInTitle ||= m.inTitle
    }
    // 莱州八旬老人迷路龙口: a county that is someone's origin is not where it happened when the item names another place.
    if (place.level === 'county' && !(m.isOrigin && namesBeyond(mentions, place))) tally(countyTally, place, m)
    if (place.level === 'county' && (m.name.via === 'town' || m.name.via === 'village')) settledBelow.add(place.code)
    if (place.level === 'county' && m.isHost) hosts.add(place.code)
    if (place.level === 'county' && m.isOwnUnit) ownUnits.add(place.code)
    if (place.level === 'city' && m.isCityWide) cityWide.add(place.code)
    if (place.level !== 'province') tally(cityTally, { ...place, level: 'city', code: place.cityCode!, name: place.city! }, m)
  }
  // 3. A headline about somewhere else is about somewhere else, whatever the body adds.
  const homeBest = best(cityTally.values())
  // Outside the home province the most precise place named wins: 郑州 over 河南.
  const outCities = [...outside.values()].filter((t) => t.place.level !== 'province')
  const outBest = best(outCities.length > 0 ? outCities : outside.values())
  const allCities = [...cityTally.values(), ...outCities]
  // A headline that names the home province (山东首批…) is the province's, whatever else the body names.
  if (outBest && !homeBest && homeProvinceInTitle && !outBest.inTitle) return regionOf(home, PROVINCE_SURE)
  // With neither in the headline, a place elsewhere named first and more often than any home place
  // leads the story (大连海关…大连、青岛两地): the home city is a partner named in passing.
  const outLeads = outBest && homeBest && !outBest.inTitle && !homeBest.inTitle && outBest.weight > homeBest.weight && outBest.first < homeBest.first
  // 卫河新乡段决堤…滨州阳信逸佳救援队连夜转移被困群众: with places of both in the headline, the one elsewhere named
  // first is the scene and the home one the helpers' home; not when it is someone's origin (北京游客在泰山…).
  const firstInTitle = (isHome: boolean) => Math.min(...mentions.filter((m) => m.inTitle && !m.isOrigin && m.name.places.length > 0 && m.name.places.every((p) => p.isHome === isHome)).map((m) => m.start))
  const outFirstInTitle = outBest && homeBest && outBest.inTitle && homeBest.inTitle && firstInTitle(false) < firstInTitle(true)
  // 云南省近期干旱少雨…丽江、昆明…苍山: a headline that names a province elsewhere, and no home place nor the home province, is
  // about it, whatever the body's cities (a home county's old name, 苍山, among them).
  const otherProvinceInTitle = !homeProvinceInTitle && [...outside.values()].some((t) => t.inTitle)
  if (outBest && (!homeBest || ((outBest.inTitle || otherProvinceInTitle) && !homeBest.inTitle) || outLeads || outFirstInTitle)) return regionOf(outBest.place, sureness(outBest, outCities.length > 0 ? allCities : outside.values(), false))
  if (!homeBest) {
    if (homeProvinceNamed || mentions.some((m) => m.name.places.some((p) => p.isHome))) return regionOf(home, PROVINCE_SURE)
    return null
  }
  // 山东两地…: a headline that names only the province, over a body naming several cities, is a
  // provincial round-up (guideline §2.1): the province only.
  if (homeProvinceInTitle && !homeBest.inTitle && cityTally.size >= 2) return regionOf(home, PROVINCE_SURE)
  // With no headline place, a body that names the province and lists three or more cities, none more
  // than the others (山东省气象台…烟台、威海和青岛北部), is a provincial round-up too; so is one that lists two
  // cities alike and no county of either (山东省潍坊、日照等地建立工资保证金…): two examples of the province.
  // 我省, 全省 speak for the province as its name does (中央督察组向我省转办…济南市29件、青岛市33件…).
  if ((homeProvinceNamed || speaksForProvince) && !mentions.some((m) => m.inTitle) && (cityTally.size >= 3 || (cityTally.size === 2 && countyTally.size === 0))) {
    const weights = [...cityTally.values()].map((t) => t.weight).sort((a, b) => b - a)
    if (weights[0] === weights[1]) return regionOf(home, PROVINCE_SURE)
  }
  // 泰安济南两地交界处…: a headline that names two home cities alike, and no county, treats them
  // equally (guideline §2.1): the province only. So does one that lists three (山东紧急叫停临沂泰安枣庄所有石膏矿山生产),
  // whichever the body goes on to name most.
  const titleCities = [...cityTally.values()].filter((t) => t.inTitle).sort((a, b) => b.weight - a.weight)
  if ((titleCities.length >= 3 || (titleCities.length >= 2 && titleCities[0]!.weight === titleCities[1]!.weight)) && ![...countyTally.values()].some((t) => t.inTitle)) return regionOf(home, PROVINCE_SURE)
  const onlyPlates = mentions.every((m) => m.isPlate || !m.name.places.some((p) => p.isHome))
  const citySure = sureness(homeBest, allCities, onlyPlates)
  const county = best([...countyTally.values()].filter((t) => t.place.cityCode === homeBest.place.code))
  // A city-wide statement that then lists counties stays city-level (docs/tagging-guideline.md
  // §2.1), unless the headline itself names the county.
  const counties = [...countyTally.values()].filter((t) => t.place.cityCode === homeBest.place.code)
  // A body that names two or more of the city's counties, none more than the others, and no county in
  // the headline (督察组…转办信访件…兰山区、罗庄区、河东区…; 市创城办…对德城区、陵城区…测评) settles none of
  // them: it speaks of the city, city-level (§2.1: the most precise level the text settles, never guessed). So does one
  // that names three or more, whichever it names most (潍城、坊子、寒亭…: one named twice is still one of a list).
  const countyWeights = counties.map((t) => t.weight).sort((a, b) => b - a)
  // A county listed beside one of the city's zones (临沂兰山区、高新区部分中风险区降级), or two counties listed together more than
  // once (济馆高速茌平、冠县段…茌平、冠县两地消防部门), are parts of one statement about the city, whichever the text names again:
  // city-level (§2.1). Listed once, the one named again leads (兰山区和罗庄区多处道路积水,兰山区通达路…: 兰山区). Not when the
  // headline names a county outside such a list, nor when a town or 村 of one is named (长清区…崮云湖街道…炒米店村…调集长清区、
  // 市中区森林消防专业队: the scene is the town's county, the list its helpers).
  const ofCity = (m: PlaceMention) => m.name.places.some((p) => p.cityCode === homeBest.place.code)
  const isInList = (m: PlaceMention) => m.isZoneListed === true || m.isListed === true
  const listedTwice = mentions.filter((m) => m.isListed && ofCity(m)).length >= 4
  const listed =
    !counties.some((t) => settledBelow.has(t.place.code)) &&
    (listedTwice || mentions.some((m) => m.isZoneListed && ofCity(m))) &&
    !mentions.some((m) => m.inTitle && !isInList(m) && m.name.places.some((p) => p.isHome && p.level === 'county'))
  const listsCounties = listed || (!counties.some((t) => t.inTitle) && ((counties.length >= 2 && countyWeights[0] === countyWeights[1]) || counties.length >= 3))
  // A headline that names two or more of the city's counties alike (市创城办到潍城区、奎文区…督查, 兖州、微山等六县市区…)
  // treats them equally, as two cities alike give the province: city-level (§2.1).
  const titleCounties = counties.filter((t) => t.inTitle).map((t) => t.weight).sort((a, b) => b - a)
  const titleListsCounties = titleCounties.length >= 2 && titleCounties[0] === titleCounties[1]
  // A city unit at work in one county's town (日照市卫生计生委…到岚山区中楼镇马亓河村调研, 临沂市公安局消防支队平邑大队…
  // 平邑县仲村镇一库房着火) is not the city speaking for the city: the only county named, with a town or 村
  // of its own named too, is where it happened.
  const atTown = counties.length === 1 && settledBelow.has(county?.place.code ?? '')
  // A city unit's visit that one county's leaders accompany (枣庄市人大常委会…视察…滕州市…陪同) is in that county.
  const hosted = counties.length === 1 && hosts.has(county?.place.code ?? '')
  // A city unit acting with one county's own unit (聊城市公安局与东昌府分局联合…) is at work in that county.
  const withOwnUnit = counties.length === 1 && ownUnits.has(county?.place.code ?? '')
  // A county reached only through a landmark, station, campus, lake or firm — no division's own name, no town or 村 of
  // it — is on unseen text most often the example of a city-wide subject (济南市区降雨…泉城广场站, 菏泽牡丹旅游火爆…曹州牡丹园,
  // 聊城市环东昌湖半程马拉松): the city only (§2.1, §7.5), unless something happened there (an incident is at its scene).
  // A headline that is about the landmark itself, naming no city (趵突泉景区保安险被挤下水, 九九重阳节 千佛山人气爆棚, “五一”小长假
  // 台儿庄古城接待游客), has it for its scene, not as the city's example; a lake or mountain is named so of a whole area too.
  const titleLandmark = county !== undefined && !mentions.some((m) => m.inTitle && !m.name.via && m.name.places.some((p) => p.isHome && p.level === 'city')) &&
    mentions.some((m) => m.inTitle && m.name.via === 'institution' && m.name.places.some((p) => p.code === county.place.code))
  const onlyByLandmark = county !== undefined && !county.isNamed && !settledBelow.has(county.place.code) && !isIncident && !titleLandmark
  if (county && !onlyByLandmark && !listsCounties && !titleListsCounties && (county.inTitle || !cityWide.has(homeBest.place.code) || atTown || hosted || withOwnUnit)) {
    return regionOf(county.place, citySure * sureness(county, counties, false) / (county.inTitle ? TITLE_SURE : BODY_SURE))
  }
  return { province: home.name, city: homeBest.place.name, county: null, code: homeBest.place.code, confidence: round2(citySure) }
}
