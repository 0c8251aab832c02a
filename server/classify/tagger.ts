import type { Department } from '@shared/types/department.ts'
import type { ItemTags } from '@shared/types/item.ts'
import { AhoCorasick, type Hit } from './aho-corasick.ts'
import { DepartmentMatcher } from './departments.ts'
import type { Gazetteer, Place, PlaceName } from './gazetteer.ts'
import { normalizeText, traditionalChars } from './normalize.ts'
import { findPlates } from './plates.ts'
import { resolveRegion, type PlaceMention } from './region.ts'
import { isOnWordBoundaries, loadSegmenter } from './segmenter.ts'
import { assessSeverity } from './severity.ts'
import { isLedByProvincialDepartment, isProvincialPolicy, suggestUnit } from './unit.ts'

/** Keeps the longest of overlapping place names: 山东省 over 山东, 历下区 over 历下. */
function longestOnly(hits: Hit<PlaceName>[]): Hit<PlaceName>[] {
  return hits.filter((h) => !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start))
}

/** 青岛南路 in 济南, 烟台路 in 日照: a place name that starts a street's name is the street, not the place. */
const STREET_AFTER = /^[东西南北中]?(路|街|大街|大道|巷|胡同)/

/** A provincial-policy item with no place named: the province is implied, not named. */
const PROVINCIAL_SURE = 0.6

/** After a city's name: one of its city-level bodies speaking for the whole city, or 全市. */
const CITY_WIDE_AFTER =
  /^(市|全市)?[^\s，。,、：:！!？?]{0,7}?(局|委员会|卫健委|委|办公室|指挥部|人民政府|政府|总工会|气象台)|^(市)?(消防|交警|公安)[^\s，。,]{0,3}?(通报|发布|提醒|发文)|^(市)?全市|^(市)?(各区县|平均|城区|市区)/

/**
 * Says whether a city name starts a city-wide statement. 济南市历城区教育局 is the county's
 * bureau, and 济南市中公安 is 市中区's police: a county right after the city's short name is not the city.
 */
function isCityWide(text: string, hit: Hit<PlaceName>, next: Hit<PlaceName> | undefined, counties: readonly Place[]): boolean {
  const city = hit.value.places.find((p) => p.isHome && p.level === 'city')
  if (!city) return false
  if (next && next.start <= hit.end + 1) return false
  const afterShort = text.slice(hit.start + city.name.replace(/市$/, '').length, hit.end + 12)
  const afterFull = text.slice(hit.end, hit.end + 12)
  const startsCounty = (s: string) => counties.some((k) => k.cityCode === city.code && s.startsWith(k.name.replace(/(自治县|市|区|县)$/, '')))
  if (startsCounty(afterShort) || startsCounty(afterFull)) return false
  return CITY_WIDE_AFTER.test(afterFull)
}

/**
 * Tags one item: departments, region, responsible unit and severity. Pure apart from jieba,
 * which is loaded once per process; the catalogue can be swapped while it runs.
 */
export class Tagger {
  private readonly places: AhoCorasick<PlaceName>
  private matcher: DepartmentMatcher

  constructor(
    readonly gazetteer: Gazetteer,
    catalogue: readonly Department[],
  ) {
    this.places = new AhoCorasick(gazetteer.names.map((n) => [n.surface, n]))
    this.matcher = new DepartmentMatcher(catalogue)
    // Startup work done now rather than on the first item, where it would stall the event loop.
    traditionalChars()
    loadSegmenter([...gazetteer.names.filter((n) => !n.isShort).map((n) => n.surface), ...this.matcher.terms()])
  }

  get catalogue(): readonly Department[] {
    return this.matcher.catalogue
  }

  setCatalogue(catalogue: readonly Department[]): void {
    this.matcher = new DepartmentMatcher(catalogue)
    loadSegmenter(this.matcher.terms())
  }

  tag(rawTitle: string, rawText: string): ItemTags {
    const title = normalizeText(rawTitle)
    const body = normalizeText(rawText)
    const mentions: PlaceMention[] = []
    for (const [text, inTitle] of [[title, true], [body, false]] as const) {
      const hits = longestOnly(this.places.findAll(text)).filter(
        (hit) => !STREET_AFTER.test(text.slice(hit.end, hit.end + 3)) && (!hit.value.isShort || isOnWordBoundaries(text, hit)),
      )
      // Full names (历下区, 济南市) are certain; short forms must sit on word boundaries.
      hits.forEach((hit, i) => {
        mentions.push({ name: hit.value, start: hit.start, inTitle, isCityWide: isCityWide(text, hit, hits[i + 1], this.gazetteer.homeCounties) })
      })
    }
    // A plate is a place only when the item names none (guideline §2.1): it is read last.
    if (!mentions.some((m) => m.name.places.some((p) => p.isHome))) {
      for (const [text, inTitle] of [[title, true], [body, false]] as const) {
        for (const plate of findPlates(text, this.gazetteer.home.name)) {
          const city = this.gazetteer.homeCities.find((c) => c.name === plate.city)
          if (city) mentions.push({ name: { surface: plate.surface, places: [city], isShort: true }, start: plate.start, inTitle, isPlate: true })
        }
      }
    }
    const departments = this.matcher.score(title, body)
    let region = resolveRegion(mentions, this.gazetteer.home)
    const isProvincial = (!region?.city && isProvincialPolicy(`${title}。${body}`)) || isLedByProvincialDepartment(title.trim(), this.gazetteer.home.name)
    if (!region && isProvincial) region = { province: this.gazetteer.home.name, city: null, county: null, code: this.gazetteer.home.code, confidence: PROVINCIAL_SURE }
    const unit = suggestUnit(region, departments, this.matcher.catalogue, this.gazetteer, isProvincial)
    return { departments, region, unit, severity: assessSeverity(title, body, isOnWordBoundaries) }
  }
}
