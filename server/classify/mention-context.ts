/**
 * What the text right around a place name says of it (tagger.ts asks these of every hit): whether a city's name opens a
 * city-wide statement, whether a county hosts a visit or is visited, whether counties or provinces are listed together.
 * Each reads the text only, not the other hits' readings.
 */
import type { Hit } from './aho-corasick.ts'
import type { PlaceName } from './gazetteer.ts'
import type { PlaceMention } from './region.ts'

/**
 * After a city's name: one of its city-level bodies speaking for the whole city (菏泽公安机关), 全市, or
 * the city's schools as a whole (济南中小学校开学), or many or some of its places or people at once (济南多个小区停水,
 * 东营部分高速封闭, 聊城人怎么说: the county the body then names is one of them), or its plan (聊城市计划新改建农村公路…,
 * a figure for the whole city), or a campaign it presses on with (德州全力推进“四好农村路”建设). Not 城区/市区: 途经聊城城区 is where something
 * happened, in one of the districts, which the text may name (东昌府区古楼办事处…).
 */
const CITY_WIDE_AFTER =
  /^(市|全市)?[^\s，。,、：:！!？?]{0,7}?(局|委员会|卫健委|委|办公室|指挥部|人民政府|政府|总工会|气象台|机关)|^(市)?(消防|交警|公安)[^\s，。,]{0,3}?(通报|发布|提醒|发文)|^(市)?全市|^(市)?(各区县|各县区|各县市区|各区|各县|平均|中小学)|^(计划|計劃)|^(多个|多处|多地|多条|多家|多所|多名|部分|各地|人(?![民社大才力口工事武]))|^(全力|大力|持续|全面|扎实|加快|积极|深入|超额|多措并举|着力)/

/** 根据济南市…《…》: the city named as a document's issuer. */
const CITED_BEFORE = /(根据|依据|按照)$/

/**
 * Says whether a city name starts a city-wide statement. 济南市历城区教育局 is the county's
 * bureau, and 济南市中公安 is 市中区's police: a county right after the city's short name is not the city.
 */
export function isCityWide(text: string, hit: Hit<PlaceName>, next: Hit<PlaceName> | undefined, countyStems: ReadonlyMap<string, readonly string[]>): boolean {
  const city = hit.value.places.find((p) => p.isHome && p.level === 'city')
  if (!city) return false
  if (next && next.start <= hit.end + 1) return false
  const afterShort = text.slice(hit.start + city.name.replace(/市$/, '').length, hit.end + 12)
  const afterFull = text.slice(hit.end, hit.end + 12)
  const stems = countyStems.get(city.code) ?? []
  const startsCounty = (s: string) => stems.some((stem) => s.startsWith(stem))
  if (startsCounty(afterShort) || startsCounty(afterFull)) return false
  // 根据济南市农业局、财政局《…通知》…商河县农业局认真组织: a city's bureau cited for its document is not the one acting.
  if (CITED_BEFORE.test(text.slice(Math.max(0, hit.start - 2), hit.start))) return false
  const unit = CITY_WIDE_AFTER.exec(afterFull)
  // 济南市公安局钢城分局: the city bureau's branch in a county is the county's unit, not the city speaking.
  return unit !== null && !startsCounty(text.slice(hit.end + unit[0].length, hit.end + unit[0].length + 6))
}

/**
 * 济南市中公安分局, 青岛市南公安: a district whose name starts with 市 (市中区, 市南区, 市北区) written right after its
 * city's short name shares that 市 with the city's full name, so the cut puts it inside 济南市 and the short form is
 * off the word boundaries. Starting at the city's own 市 it is that city's district, not a word (guideline §2.1).
 */
export function sharesCityTail(hit: Hit<PlaceName>, all: readonly Hit<PlaceName>[]): boolean {
  if (!hit.value.isShort || !hit.value.surface.startsWith('市')) return false
  return all.some((c) => c.end === hit.start + 1 && !c.value.isShort && c.value.surface.endsWith('市') && hit.value.places.some((p) => p.level === 'county' && c.value.places.some((k) => k.isHome && k.level === 'city' && k.code === p.cityCode)))
}

/**
 * 枣庄市人大常委会副主任…视察…,滕州市人大常委会主任…陪同视察: a county's own leaders accompanying (陪同) a visit from
 * above are its hosts, so the visit is in their county, whoever leads it (guideline §2.1: where the event happened).
 * Read in the rest of the county's sentence only.
 */
const HOST_WITHIN = 60
export function isHosting(text: string, from: number): boolean {
  const rest = text.slice(from, from + HOST_WITHIN)
  const end = rest.search(/[。；;！!？?]/)
  return (end < 0 ? rest : rest.slice(0, end)).includes('陪同')
}

/**
 * 省外办调研组来日照调研, 山东省发展改革委…带队到菏泽市鄄城县开展专题调研: the place a provincial department's visit goes to (来,
 * 到, 赴 it, to 调研, 视察, 检查 …) is where the visit happens (guideline §2.1), as when its leaders accompany it. Read only against
 * a provincial lead: a city bureau's visit to one of its counties with no host named stays the city's (tune11).
 */
const VISITED_BEFORE = /(来|到|赴|深入)$/
const VISIT_AFTER = /^[^，。,；;！!？?]{0,14}?(调研|视察|检查|督导|督查|考察|指导|慰问|暗访)/
export function isVisited(text: string, start: number, end: number): boolean {
  return VISITED_BEFORE.test(text.slice(Math.max(0, start - 1), start)) && VISIT_AFTER.test(text.slice(end, end + 20))
}

/** 茌平、冠县, 泰山区、新泰市: two home counties of one city joined as a list (one 、 和 及 与 between them), by their own names. */
const LIST_JOINT = /^[、和及与]$/
export function listedWithCounty(text: string, first: Hit<PlaceName> | undefined, second: Hit<PlaceName> | undefined): boolean {
  if (!first || !second || first.value.via || second.value.via || !LIST_JOINT.test(text.slice(first.end, second.start))) return false
  const counties = (h: Hit<PlaceName>) => h.value.places.filter((p) => p.isHome && p.level === 'county')
  return counties(first).some((a) => counties(second).some((b) => a.cityCode === b.cityCode && a.code !== b.code))
}

/** Whether the headline lists provinces only, the home one among them, joined by 、 or 和 (内蒙古、山东). */
export function listsProvinces(title: string, named: readonly PlaceMention[]): boolean {
  const inTitle = named.filter((m) => m.inTitle).sort((a, b) => a.start - b.start)
  if (inTitle.length < 2 || !inTitle.every((m) => m.name.places.length > 0 && m.name.places.every((p) => p.level === 'province'))) return false
  if (!inTitle.some((m) => m.name.places.some((p) => p.isHome))) return false
  return inTitle.slice(1).every((m, i) => LIST_JOINT.test(title.slice(inTitle[i]!.start + inTitle[i]!.name.surface.length, m.start)))
}
