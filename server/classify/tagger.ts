import type { Department } from '@shared/types/department.ts'
import type { ItemTags, RegionTag } from '@shared/types/item.ts'
import { AhoCorasick, type Hit } from './aho-corasick.ts'
import { DepartmentMatcher } from './departments.ts'
import { homeNicknames, type Gazetteer, type Place, type PlaceName } from './gazetteer.ts'
import { normalizeText, traditionalChars } from './normalize.ts'
import { weighBelowCounty } from './mention-filter.ts'
import { outletPlace, type TagSource } from './outlet-place.ts'
import { ownCityUnit, readOutletPlace, readOwnDispatch } from './outlet-rule.ts'
import { findPlates } from './plates.ts'
import { resolveRegion, type PlaceMention } from './region.ts'
import { isOnWordBoundaries, loadSegmenter } from './segmenter.ts'
import { liftEventVenues } from './city-event.ts'
import { isCityWide, isHosting, isVisited, listedWithCounty, listsProvinces, sharesCityTail } from './mention-context.ts'
import { assessSeverity } from './severity.ts'
import { isLedByProvincialDepartment, isProvincialPolicy, suggestUnit } from './unit.ts'
import { closesZone, listedWithZone, namesBareZone, opensZone, opensZoneArea } from './zones.ts'
import { concatMap } from './concat-map.ts'

/** Keeps the longest of overlapping place names: 山东省 over 山东, 历下区 over 历下. */
function longestOnly(hits: Hit<PlaceName>[]): Hit<PlaceName>[] {
  return hits.filter((h) => !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start))
}

/** 青岛南路 in 济南, 烟台路 in 日照: a place name that starts a street's name is the street, not the place. */
const STREET_AFTER = /^[东西南北中]?(路|街|大街|大道|巷|胡同)/

/**
 * 北京大学校长来潍调研, 浙江日报: a name outside the home province that starts an organisation's
 * name is that organisation, visiting or reporting, not the place of the event (guideline §2.1).
 */
const ORGANISATION_AFTER = /^(大学(?!生)|师范大学|理工大学|科技大学|工业大学|农业大学|医科大学|交通大学|外国语大学|日报|晚报|都市报|商报|青年报|电视台|广播电视台|卫视|银行)/

const isBodyTownShort = (n: PlaceName) => n.via === 'town' && n.isShort

/** A county's own unit right after its short form (河口黄河河务局, 天桥公安分局, 市南公安); 济南市中级人民法院 is the city's court. */
const AGENCY_AFTER = /^(?![级心])[^\s，。,、：:；;！!？?“”"]{0,5}?(公安分局|分局|公安|局|区委|县委|区政府|县政府|政府|法院|检察院|派出所|街道|办事处)/

/**
 * 聊城市公安局与东昌府分局联合…: a county's own unit (AGENCY_AFTER) joined to the city's unit at work is that county acting with
 * it, there (guideline §7.5: a county unit acting there). A county unit only named beside a city-wide statement
 * (聊城市计划新改建农村公路…记者从高唐县交通运输局了解到) is one of the city's examples.
 */
const JOINED_BEFORE = /(与|和|会同|联合)$/

/** 滨州市公安局沾化分局, 威海市公安局海岸警察支队文登大队: a county named inside a city unit's name is that unit's branch there. */
const BRANCH_BEFORE = /(局|支队)$/
const BRANCH_AFTER = /^(区|县|市)?(公安)?(分局|大队|中队)/
/** 记者从淄博市公安消防支队张店区大队获悉: a branch the reporter heard from is a source, not where the item is. */
const SOURCED_BEFORE = /从[^，。,；;]{0,14}$/

/** 胶州湾: a county's short form before 湾 names the bay, whose shores are several counties', not the county. */
const BAY_AFTER = /^湾/

/**
 * 一名山东男子欲徒步回家, 山东籍货车司机: the home province named before a person says where the person
 * is from, not where the event is (guideline §2.1: not the home town of a victim).
 */
const PERSON_WORDS = '籍|男子|女子|男孩|女孩|小伙|姑娘|老汉|大爷|大妈|老人|老乡|游客|司机|货车司机|考生|夫妇|一家'
const PERSON_AFTER = new RegExp(`^(?:${PERSON_WORDS})`)

/**
 * 莱州八旬老人迷路龙口, 高青三名男子结伙…: a count or an age between a place and a person still says where the
 * person is from (guideline §2.1); read for a person's origin only, not to drop the home province's name.
 */
const ORIGIN_AFTER = new RegExp(`^(?:[一二两三四五六七八九十百\\d]+(?:旬|岁|名|位|个|多名|余名))?(?:${PERSON_WORDS})`)

/** 济南军区, 济南战区: a home city's name that starts a military command's is the command, not the place. */
const HOME_ORGANISATION_AFTER = /^(军区|战区)/

/**
 * 其中莱山区雪深达9.3厘米: a county introduced by 其中 is one part of a statement about the whole
 * city, which stays city-level (guideline §2.1).
 */
const PART_BEFORE = /其中$/
/** A nickname right after a county's or banner's name is part of a local name there (突泉县泉城南苑小区). */
const NICKNAME_PART_BEFORE = /[县旗盟]$/

/**
 * 枣庄市新增疑似病例1例(峄城区1例): a county in brackets with its count right after is one line of a
 * city-wide figure's breakdown (guideline §2.1: city-wide figures are city-level); it says which city.
 */
const BREAKDOWN_AFTER = /^\d/
function isInBrackets(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at)
  const open = Math.max(before.lastIndexOf('('), before.lastIndexOf('（'))
  return open >= 0 && !/[)）]/.test(before.slice(open))
}

/**
 * 本报济南10月4日讯 (or a city's undated 本报济南讯), 新华社济南5月1日电 (or 专电), 央广网济南8月7日消息: a home dateline says where the report was
 * filed, not where the event is (guideline §2.1: not where the newspaper is). It is read only when
 * the item names no other home place and is no provincial statement.
 */
const DATELINE_AFTER = /^(\d{1,2}月)?\d{1,2}日专?(电|讯|消息)/
/** 本报济南讯: an undated dateline; a county's (沂水讯) is the county desk's own news, read as the place. */
const UNDATED_DATELINE_AFTER = /^讯/
/**
 * 青岛日报社/观海新闻9月18日讯, 潍坊晚报讯: a home place that opens a paper's or station's name in the dateline is the
 * outlet filing, not the place of the event (§2.1: not where the newspaper is); set aside as a home dateline is.
 */
const MEDIUM_DATELINE_AFTER = /^(日报社?|晚报|都市报|早报|广播电视台|电视台|新闻网|融媒体中心)[^\s，。,：:]{0,10}?((\d{1,2}月)?\d{1,2}日专?(电|讯|消息)|讯)/
/**
 * 央广网北京8月4日消息 …山东省文化和旅游厅发布…: the national outlets file from the capital, so a
 * capital dateline in an item that names the home province says where the desk is, not the event;
 * it is set aside as a home dateline is.
 */
const CAPITAL_DATELINE = '北京'
const DATELINE_WITHIN = 40

/** The first sentence of a text, standing in for a missing headline. */
function firstSentence(text: string): string {
  return text.split(/[。！？!?]/, 1)[0]!.trim()
}

/** A provincial-policy item with no place named: the province is implied, not named. */
const PROVINCIAL_SURE = 0.6

/** Settled by the outlet, not named: below any place named in the body (0.7) or headline (0.9). */
const OUTLET_SURE = 0.45

const placeMatchers = new WeakMap<Gazetteer, AhoCorasick<PlaceName>>()

/** A gazetteer's names as one automaton, built once per gazetteer: it is read only, and every Tagger of the province uses the same. */
function placeMatcherOf(gazetteer: Gazetteer): AhoCorasick<PlaceName> {
  let matcher = placeMatchers.get(gazetteer)
  if (!matcher) placeMatchers.set(gazetteer, (matcher = new AhoCorasick(gazetteer.names.map((n) => [n.surface, n]))))
  return matcher
}

/**
 * Tags one item: departments, region, responsible unit and severity. Pure apart from jieba,
 * which is loaded once per process; the catalogue can be swapped while it runs.
 */
export class Tagger {
  private readonly places: AhoCorasick<PlaceName>
  private matcher: DepartmentMatcher
  private readonly nicknames: ReadonlySet<string>

  constructor(
    readonly gazetteer: Gazetteer,
    catalogue: readonly Department[],
  ) {
    this.places = placeMatcherOf(gazetteer)
    this.nicknames = homeNicknames(gazetteer.home.name)
    this.matcher = new DepartmentMatcher(catalogue)
    // Startup work done now rather than on the first item, where it would stall the event loop.
    traditionalChars()
    // 社区/村 names are matched in the raw text only: 25,000 more words would cost the segmenter memory and change its cuts.
    // Other provinces' counties neither: they are read whole, and 2,000 more words would change the cuts too.
    const isOutsideCounty = (n: PlaceName) => n.places.every((p) => !p.isHome && p.level === 'county')
    loadSegmenter([...gazetteer.names.filter((n) => !n.isShort && n.via !== 'village' && !isOutsideCounty(n)).map((n) => n.surface), ...this.matcher.terms()])
  }

  get catalogue(): readonly Department[] {
    return this.matcher.catalogue
  }

  setCatalogue(catalogue: readonly Department[]): void {
    this.matcher = new DepartmentMatcher(catalogue)
    loadSegmenter(this.matcher.terms())
  }

  /** The same name read at city level: its places' cities. */
  private asCities(name: PlaceName): PlaceName {
    const cities = new Set(name.places.map((p) => p.cityCode))
    return { ...name, places: this.gazetteer.homeCities.filter((c) => cities.has(c.code)) }
  }

  /**
   * The outlet's place for an item that names none (guideline §2.3): the place its
   * self-references (我市, 市交通运输局) mean, or the one reading of an ambiguous name (市中区) in the
   * outlet's city. Never over a named place, nor when any name points elsewhere.
   */
  private byOutlet(region: RegionTag | null, mentions: PlaceMention[], texts: readonly string[], source: TagSource | null | undefined, townShorts: () => readonly PlaceMention[] = () => []): RegionTag | null {
    const outlet = outletPlace(this.gazetteer, source)
    if (!outlet || !source) return region
    if (region && (region.province !== this.gazetteer.home.name || region.city)) return region
    const outletCity = outlet.cityCode!
    let agreed: Place | null = null
    const names: string[] = []
    for (const m of mentions) {
      // 山东, 我省 say nothing against a city of the province.
      if (m.name.places.every((p) => p.isHome && p.level === 'province')) continue
      const readings = m.name.places.filter((p) => p.isHome && p.level !== 'province' && p.cityCode === outletCity)
      if (readings.length !== 1 || (agreed && agreed.code !== readings[0]!.code)) return region
      agreed = readings[0]!
      names.push(m.name.surface)
    }
    const reading = agreed ? { place: agreed, words: [...new Set(names)] } : (readOutletPlace(texts, outlet, (code) => this.gazetteer.place(code)) ?? this.outletTown(townShorts(), outlet) ?? readOwnDispatch(texts, outlet))
    if (!reading) return region
    const { place, words } = reading
    return {
      province: this.gazetteer.home.name,
      city: place.level === 'city' ? place.name : place.city,
      county: place.level === 'county' ? place.name : null,
      code: place.code,
      confidence: OUTLET_SURE,
      terms: words,
      outlet: source.name,
    }
  }

  /**
   * 本报枣庄10月30日讯…市中区利民路: the dateline's city, set aside as where the report was filed, still says which reading
   * of an ambiguous name (市中区 is 济南's, 枣庄's and 济宁's) the reporter means, as a local outlet does (§2.3). Never
   * over a city the text settles, nor when a name points elsewhere.
   */
  private byDateline(region: RegionTag | null, mentions: PlaceMention[], named: PlaceMention[]): RegionTag | null {
    if (region && (region.province !== this.gazetteer.home.name || region.city)) return region
    const datelineCities = new Set(concatMap(named.filter((m) => m.isDateline), (m) => m.name.places.filter((p) => p.isHome && p.level === 'city').map((p) => p.code)))
    if (datelineCities.size !== 1) return region
    const city = [...datelineCities][0]!
    let agreed: Place | null = null
    const names: string[] = []
    for (const m of mentions) {
      if (m.isDateline || m.name.places.every((p) => p.isHome && p.level === 'province')) continue
      const readings = m.name.places.filter((p) => p.isHome && p.level === 'county' && p.cityCode === city)
      if (m.name.places.length < 2 || readings.length !== 1 || (agreed && agreed.code !== readings[0]!.code)) return region
      agreed = readings[0]!
      names.push(m.name.surface)
    }
    if (!agreed) return region
    return { province: this.gazetteer.home.name, city: agreed.city, county: agreed.name, code: agreed.code, confidence: OUTLET_SURE, terms: [...new Set(names)] }
  }

  /**
   * 滕州日报: 善南派出所民警…: a local paper names its own towns by their short names, as it names its
   * ambiguous divisions (§2.3): a town short name set aside for want of a city named (mention-filter.ts)
   * is read when exactly one town of that name lies in the outlet's own county (or city).
   */
  private outletTown(townShorts: readonly PlaceMention[], outlet: Place): { place: Place; words: string[] } | null {
    const within = (p: Place) => (outlet.level === 'county' ? p.code === outlet.code : p.cityCode === outlet.code)
    const readings = concatMap(townShorts, (m) => m.name.places.filter(within).map((p) => ({ p, surface: m.name.surface })))
    const places = new Set(readings.map((r) => r.p.code))
    return places.size === 1 ? { place: readings[0]!.p, words: [...new Set(readings.map((r) => r.surface))] } : null
  }

  /** An outlet whose name names a place outside the home province and none in it (浙江日报, 河南商报). */
  private isOutsideOutlet(source: TagSource | null | undefined): boolean {
    if (!source?.name) return false
    const hits = longestOnly(this.places.findAll(normalizeText(source.name))).filter((h) => !h.value.via)
    return hits.length > 0 && hits.every((h) => h.value.places.length > 0 && h.value.places.every((p) => !p.isHome))
  }

  tag(rawTitle: string, rawText: string, source?: TagSource | null): ItemTags {
    const title = normalizeText(rawTitle)
    const body = normalizeText(rawText)
    const named: PlaceMention[] = []
    const zoneTowns = new Set<string>()
    let namesZone = namesBareZone(title, body)
    const found = [title, body].map((text) => this.places.findAll(text))
    // A town's short name in the body is too often a word or a street (灵山, 柳园南路): it is read only
    // when another name in the text is in the same city (mention-filter.ts); one that cannot be is
    // dropped first, which also spares the word-boundary cut it would cost.
    // concat, not flat(): V8's flat() cost a tenth of tagging here on texts with many place names.
    const namesHome = found[0]!.concat(found[1]!).some((h) => h.value.places.some((p) => p.isHome && p.level === 'province'))
    // A mountain or lake is read only where the item says what it is about (institutions.ts, `nature`).
    const leadEnd = title.trim() ? 0 : firstSentence(body).length + (body.length - body.trimStart().length)
    const isPassingNature = (hit: Hit<PlaceName>, inTitle: boolean) => hit.value.via === 'nature' && !inTitle && hit.end > leadEnd
    // Dropped with what lies inside it (雪野 in 雪野水库 is the same lake, not the town).
    const passing = found[1]!.filter((h) => isPassingNature(h, false))
    if (passing.length > 0) found[1] = found[1]!.filter((h) => !passing.some((n) => n.start <= h.start && n.end >= h.end))
    const hinted = new Set(concatMap(found[0]!.concat(found[1]!).filter((h) => !isBodyTownShort(h.value)), (h) => h.value.places.filter((p) => p.isHome && p.cityCode).map((p) => p.cityCode!)))
    // Another province's county named inside or right after a home name is part of a local name, there
    // and wherever else the item uses it (聊城古城区 … 古城区西北片区 is 聊城's old town, not 丽江's 古城区).
    const localParts = new Set(
      concatMap(found, (all) =>
        all.filter((hit) => hit.value.places.every((p) => !p.isHome && p.level === 'county') && all.some((o) => o.value.places.some((p) => p.isHome) && o.start < hit.start && o.end >= hit.start)).map((hit) => hit.value.surface),
      ),
    )
    for (const [text, inTitle, all] of [[title, true, found[0]!], [body, false, found[1]!]] as const) {
      const sharesCityChar = (hit: Hit<PlaceName>) => sharesCityTail(hit, all)
      const candidates = all.filter((hit) => inTitle || !isBodyTownShort(hit.value) || hit.value.places.some((p) => p.cityCode !== null && hinted.has(p.cityCode)))
      const hits = longestOnly(candidates.filter((hit) => !localParts.has(hit.value.surface))).filter(
        (hit) =>
          !STREET_AFTER.test(text.slice(hit.end, hit.end + 3)) &&
          !(hit.value.via === 'town' && opensZone(text.slice(hit.end, hit.end + 7))) &&
          !(hit.value.places.every((p) => !p.isHome) && ORGANISATION_AFTER.test(text.slice(hit.end, hit.end + 5))) &&
          !HOME_ORGANISATION_AFTER.test(text.slice(hit.end, hit.end + 2)) &&
          !(hit.value.places.every((p) => p.isHome && p.level === 'province') && PERSON_AFTER.test(text.slice(hit.end, hit.end + 4))) &&
          !(hit.value.isShort && hit.value.places.every((p) => p.level === 'county') && BAY_AFTER.test(text.slice(hit.end, hit.end + 1))) &&
          (!hit.value.needsAgency || AGENCY_AFTER.test(text.slice(hit.end, hit.end + 12))) &&
          !(hit.value.places.every((p) => p.level === 'county') && PART_BEFORE.test(text.slice(Math.max(0, hit.start - 2), hit.start))) &&
          !(this.nicknames.has(hit.value.surface) && NICKNAME_PART_BEFORE.test(text.slice(Math.max(0, hit.start - 1), hit.start))) &&
          (!hit.value.isShort || isOnWordBoundaries(text, hit) || sharesCityChar(hit)),
      )
      // Full names (历下区, 济南市) are certain; short forms must sit on word boundaries.
      hits.forEach((hit, i) => {
        if (hit.value.via === 'town' && closesZone(text.slice(Math.max(0, hit.start - 9), hit.start))) zoneTowns.add(hit.value.surface)
        if (!hit.value.via && hit.value.places.some((p) => p.isHome && p.level === 'city') && (opensZone(text.slice(hit.end, hit.end + 7)) || opensZoneArea(text.slice(hit.end, hit.end + 4), hit.value.places, this.gazetteer.homeCounties))) namesZone = true
        const isBreakdown = hit.value.places.every((p) => p.isHome && p.level === 'county') && BREAKDOWN_AFTER.test(text.slice(hit.end, hit.end + 1)) && isInBrackets(text, hit.start)
        // 临沂市暨河东区…活动启动: a county joined to its own city by 暨 holds the city's event with it; city-level (§2.1).
        const before = hits[i - 1]
        const isJoinedToCity =
          before !== undefined &&
          before.end === hit.start - 1 &&
          text[before.end] === '暨' &&
          hit.value.places.every((p) => p.isHome && p.level === 'county' && before.value.places.some((c) => c.level === 'city' && c.code === p.cityCode))
        const name = isBreakdown || isJoinedToCity ? this.asCities(hit.value) : hit.value
        // Only a home dateline is set aside: one elsewhere (中新网杭州…电) is another province's bureau
        // filing its own news, and dropping it would hand the item to a home place named in passing.
        const atDateline = !inTitle && hit.start < DATELINE_WITHIN && (DATELINE_AFTER.test(text.slice(hit.end, hit.end + 8)) || MEDIUM_DATELINE_AFTER.test(text.slice(hit.end, hit.end + 24)) || (UNDATED_DATELINE_AFTER.test(text.slice(hit.end, hit.end + 1)) && hit.value.places.every((p) => p.level === 'city')))
        const isDateline = atDateline && (hit.value.places.every((p) => p.isHome) || (hit.value.surface === CAPITAL_DATELINE && namesHome))
        const isOrigin = ORIGIN_AFTER.test(text.slice(hit.end, hit.end + 8))
        const isCounty = name.places.length > 0 && name.places.every((p) => p.isHome && p.level === 'county')
        const isHomeCityOrCounty = name.places.length > 0 && name.places.every((p) => p.isHome && (p.level === 'county' || p.level === 'city'))
        const isHost = isCounty && isHosting(text, hit.end)
        const isVisit = isHomeCityOrCounty && isVisited(text, hit.start, hit.end)
        const isBranch = isCounty && !name.via && BRANCH_BEFORE.test(text.slice(Math.max(0, hit.start - 2), hit.start)) && BRANCH_AFTER.test(text.slice(hit.end, hit.end + 6)) && !SOURCED_BEFORE.test(text.slice(Math.max(0, hit.start - 16), hit.start))
        const isOwnUnit = isCounty && !name.via && ((AGENCY_AFTER.test(text.slice(hit.end, hit.end + 12)) && JOINED_BEFORE.test(text.slice(Math.max(0, hit.start - 2), hit.start))) || isBranch)
        const isListed = isCounty && !name.via && (listedWithCounty(text, hit, hits[i + 1]) || listedWithCounty(text, hits[i - 1], hit))
        const isZoneListed = isCounty && !name.via && listedWithZone(text.slice(Math.max(0, hit.start - 8), hit.start), text.slice(hit.end, hit.end + 8))
        // Flags set only when true, as before; assigned rather than spread in (seven spreads per hit cost more than the rest of them).
        const mention: PlaceMention = { name, start: hit.start, inTitle, isCityWide: isCityWide(text, hit, hits[i + 1], this.gazetteer.countyStems) }
        if (isDateline) mention.isDateline = true
        if (isOrigin) mention.isOrigin = true
        if (isHost) mention.isHost = true
        if (isVisit) mention.isVisit = true
        if (isOwnUnit) mention.isOwnUnit = true
        if (isListed) mention.isListed = true
        if (isZoneListed) mention.isZoneListed = true
        named.push(mention)
      })
    }
    liftEventVenues([[title, true], [body, false]], named, (n) => this.asCities(n))
    // The zone's town is the zone's wherever it is named, by its short name too (小营 … 高新区小营街道).
    if (zoneTowns.size > 0) {
      for (const m of named) if (m.name.via === 'town' && [...zoneTowns].some((z) => z.startsWith(m.name.surface))) m.name = this.asCities(m.name)
    }
    // 看东营经济技术开发区这些小区…瑞盛社区: with a city's zone named and no county, the towns and 社区 named are the
    // zone's, which gives the city only (§2.1: unless the text names the district it lies in).
    if (namesZone && !named.some((m) => !m.name.via && m.name.places.some((p) => p.isHome && p.level === 'county'))) {
      for (const m of named) if (m.name.via === 'town' || m.name.via === 'village') m.name = this.asCities(m.name)
    }
    const isProvincialText = isProvincialPolicy(`${title}。${body}`)
    const hasOtherHome = named.some((m) => !m.isDateline && m.name.places.some((p) => p.isHome))
    const mentions = weighBelowCounty(hasOtherHome || isProvincialText ? named.filter((m) => !m.isDateline) : named)
    // A plate is a place only when the item names none (guideline §2.1): it is read last.
    if (!mentions.some((m) => m.name.places.some((p) => p.isHome))) {
      for (const [text, inTitle] of [[title, true], [body, false]] as const) {
        for (const plate of findPlates(text, this.gazetteer.home.name)) {
          const city = this.gazetteer.homeCities.find((c) => c.name === plate.city)
          if (city) mentions.push({ name: { surface: plate.surface, places: [city], isShort: true }, start: plate.start, inTitle, isPlate: true })
        }
      }
    }
    // 青岛四条公交线路…调整 / 市交通运输局今天发布消息…城阳实验中学: with the city in the headline and only districts or
    // counties met in the body, the city's own unit acting (市交通运输局, as its press names it) speaks for the city, and
    // the county is one place it names (§2.1). Not beside a 县级市, whose own units are 市…局 too. The body is read for
    // such a unit only then.
    const titleCities = mentions.filter((m) => m.inTitle && m.name.places.length > 0 && m.name.places.every((p) => p.isHome && p.level === 'city'))
    const bodyCounties = mentions.filter((m) => m.name.places.some((p) => p.isHome && p.level === 'county'))
    if (titleCities.length > 0 && bodyCounties.length > 0 && bodyCounties.every((m) => !m.inTitle && m.name.places.every((p) => /[区县]$/.test(p.name))) && ownCityUnit(body)) {
      for (const m of titleCities) m.isCityWide = true
    }
    const departments = this.matcher.score(title, body, source?.name)
    const severity = assessSeverity(title, body, isOnWordBoundaries)
    let region = resolveRegion(mentions, this.gazetteer.home, isProvincialText, severity.signals.length > 0)
    // 督察通报内蒙古、山东典型案例: a headline that lists the home province beside another, and names no city, treats
    // them alike, as two cities alike give the province (§2.1): a national item, with no province (§2.2).
    if (region && !region.city && listsProvinces(title, named)) region = null
    // A provincial department's visit that a county hosts (山东省农业农村厅调研组来寿光调研…寿光市领导…陪同) is in that county.
    // A visit to a city and on to one of its counties (到菏泽市鄄城县开展调研) is in that county.
    const hostRegion = region
    const isHosted =
      hostRegion != null &&
      (hostRegion.county != null || hostRegion.city != null) &&
      mentions.some((m) => (m.isHost || m.isVisit) && m.name.places.some((p) => p.code === hostRegion.code || (p.level === 'city' && hostRegion.county != null && hostRegion.code?.startsWith(p.code.slice(0, 4)) === true)))
    const isLed = !isHosted && isLedByProvincialDepartment(title.trim() || firstSentence(body), this.gazetteer.home.name)
    // A provincial department's statement stays the province's, whatever paper prints it.
    // Town short names set aside for want of a city named, on word boundaries, read only when a local
    // outlet may vouch for one (outletTown): the cut is made then, not for every item.
    const townShorts = () =>
      concatMap([[title, true, found[0]!], [body, false, found[1]!]] as const, ([text, inTitle, all]) =>
        longestOnly(all)
          .filter((h) => isBodyTownShort(h.value) && !named.some((m) => m.inTitle === inTitle && m.start === h.start) && isOnWordBoundaries(text, h))
          .map((h) => ({ name: h.value, start: h.start, inTitle })),
      )
    // A full town name several cities have (东城街道) is set aside too for want of a city named; a local
    // outlet vouches for it as for a short name, when one of its readings lies in the outlet's city.
    const setAsideTowns = () => [...named.filter((m) => m.name.via === 'town' && !m.name.isShort && !mentions.some((k) => k.inTitle === m.inTitle && k.start === m.start)), ...townShorts()]
    if (!isLed) region = this.byOutlet(region, mentions, [title, body], source, setAsideTowns)
    if (!isLed) region = this.byDateline(region, mentions, named)
    const isProvincial = (!region?.city && isProvincialText) || isLed
    // A provincial department's own statement is the province's, even when it lists cities (guideline §2.1);
    // 我省, 省政府 in another province's paper (浙江日报) are that province, which it does not name.
    if ((!region || isLed) && isProvincial && !this.isOutsideOutlet(source)) region = { province: this.gazetteer.home.name, city: null, county: null, code: this.gazetteer.home.code, confidence: PROVINCIAL_SURE, terms: [...(isLed ? [this.gazetteer.home.name] : [])] }
    const unit = suggestUnit(region, departments, this.matcher.catalogue, this.gazetteer, isProvincial)
    return { departments, region, unit, severity }
  }
}
