import type { Department } from '@shared/types/department.ts'
import type { ItemTags } from '@shared/types/item.ts'
import { AhoCorasick, type Hit } from './aho-corasick.ts'
import { DepartmentMatcher } from './departments.ts'
import type { Gazetteer, PlaceName } from './gazetteer.ts'
import { normalizeText, traditionalChars } from './normalize.ts'
import { resolveRegion, type PlaceMention } from './region.ts'
import { isOnWordBoundaries, loadSegmenter } from './segmenter.ts'
import { assessSeverity } from './severity.ts'
import { isLedByProvincialDepartment, isProvincialPolicy, suggestUnit } from './unit.ts'

/** Keeps the longest of overlapping place names: 山东省 over 山东, 历下区 over 历下. */
function longestOnly(hits: Hit<PlaceName>[]): Hit<PlaceName>[] {
  return hits.filter((h) => !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start))
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
      for (const hit of longestOnly(this.places.findAll(text))) {
        // Full names (历下区, 济南市) are certain; short forms must sit on word boundaries.
        if (hit.value.isShort && !isOnWordBoundaries(text, hit)) continue
        mentions.push({ name: hit.value, start: hit.start, inTitle })
      }
    }
    const departments = this.matcher.score(title, body)
    let region = resolveRegion(mentions, this.gazetteer.home)
    const isProvincial = (!region?.city && isProvincialPolicy(`${title}。${body}`)) || isLedByProvincialDepartment(title.trim(), this.gazetteer.home.name)
    if (!region && isProvincial) region = { province: this.gazetteer.home.name, city: null, county: null, code: this.gazetteer.home.code }
    const unit = suggestUnit(region, departments, this.matcher.catalogue, this.gazetteer, isProvincial)
    return { departments, region, unit, severity: assessSeverity(title, body, isOnWordBoundaries) }
  }
}
