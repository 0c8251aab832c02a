import type { PlaceName } from './gazetteer.ts'
import type { PlaceMention } from './region.ts'
import { concatMap } from './concat-map.ts'

/**
 * A city's own event (its name first, then the event: 德州市小麦收割开机仪式) held (在…举行) at a venue: group 1 the owner's
 * part, group 2 the venue, within one sentence.
 */
const CITY_EVENT_AT = /([^，。；;！!？?]{0,12}?市[^，。；;！!？?在]{2,24}?(?:仪式|活动|大会|会议|比赛|大赛|赛|节|周|展|会))在([^，。；;！!？?]{2,24}?)(?=举行|举办|启动|开幕|召开)/g
/** What CITY_EVENT_AT cannot match without: tried from every character, it cost a tenth of tagging on texts that have none. */
const HELD = /举行|举办|启动|开幕|召开/
const mayHoldEvent = (text: string) => text.includes('在') && text.includes('市') && HELD.test(text)

/**
 * 德州市小麦收割开机仪式在禹城市房寺镇举行: a city's own event held at a venue in one county is the city's (guideline §7.5,
 * k049). Each county, town or landmark named as the venue of one of the city's events is read at city level, in place.
 */
export function liftEventVenues(texts: readonly (readonly [string, boolean])[], named: PlaceMention[], asCities: (name: PlaceName) => PlaceName): void {
  for (const [text, inTitle] of texts) {
    if (!mayHoldEvent(text)) continue
    for (const v of text.matchAll(CITY_EVENT_AT)) {
      const ownerEnd = v.index + v[1]!.length
      const venueStart = ownerEnd + '在'.length
      const venueEnd = venueStart + v[2]!.length
      const within = (m: PlaceMention, from: number, to: number) => m.inTitle === inTitle && m.start >= from && m.start < to
      const owners = named.filter((m) => within(m, v.index, ownerEnd) && !m.name.via && m.name.places.length > 0 && m.name.places.every((p) => p.isHome && p.level === 'city'))
      const cities = new Set(concatMap(owners, (m) => m.name.places.map((p) => p.code)))
      // 全市一季度规划与技术改造工作会议在临沭县召开: the whole city's meeting, held in one of its counties, is the city's too.
      const isCityWide = v[1]!.includes('全市')
      const venues = new Set<string>()
      for (const m of named) {
        if (within(m, venueStart, venueEnd) && m.name.places.length > 0 && m.name.places.every((p) => p.isHome && p.level === 'county' && (isCityWide || cities.has(p.cityCode ?? '')))) {
          venues.add(m.name.surface)
          m.name = asCities(m.name)
        }
      }
      // The host county named again (临沭县领导到会致辞) is the venue's host at the city's event, not another place.
      for (const m of named) if (venues.has(m.name.surface) && !m.name.via) m.name = asCities(m.name)
    }
  }
}
