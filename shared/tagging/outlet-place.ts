/**
 * The 属地 of an outlet, read from its name (潍坊晚报 → 潍坊市, 莱西新闻 → 莱西市): the home city or
 * county the name contains. Pure: the caller gives the place names (the gazetteer's home cities
 * and counties, full and short). A name that names none, or two that do not nest, gives none —
 * the outlet's place is context for the tagger, so a doubtful one is worse than none.
 */

/** One way of writing a home city or county: `cityCode` is the code itself for a city. */
export interface OutletPlaceName {
  surface: string
  code: string
  cityCode: string
}

/** Set explicitly on a source: it has no 属地, whatever its name says. */
export const NO_OUTLET_PLACE = 'none'

interface Found {
  start: number
  end: number
  codes: string[]
}

/** The code of the one home city or county an outlet's name settles, or null. */
export function deriveOutletPlace(outlet: string, names: readonly OutletPlaceName[]): string | null {
  const bySurface = new Map<string, OutletPlaceName[]>()
  for (const n of names) bySurface.set(n.surface, [...(bySurface.get(n.surface) ?? []), n])
  const found: Found[] = []
  for (const [surface, places] of bySurface) {
    for (let at = outlet.indexOf(surface); at >= 0; at = outlet.indexOf(surface, at + 1)) found.push({ start: at, end: at + surface.length, codes: places.map((p) => p.code) })
  }
  // 青岛新闻网 holds 青岛 only once; a short name inside a longer one (莱西 in 莱西市) is the longer one.
  const kept = found.filter((f) => !found.some((o) => o !== f && o.start <= f.start && o.end >= f.end && o.end - o.start > f.end - f.start))
  if (kept.length === 0) return null
  const cityOf = new Map(names.map((n) => [n.code, n.cityCode]))
  const cities = new Set(kept.flatMap((f) => (f.codes.length === 1 && cityOf.get(f.codes[0]!) === f.codes[0] ? f.codes : [])))
  // Each mention settles one place, a shared name (市中区) only with its city named beside it.
  const settled = new Set<string>()
  for (const f of kept) {
    const codes = f.codes.length === 1 ? f.codes : f.codes.filter((c) => cities.has(cityOf.get(c)!))
    if (codes.length !== 1) return null
    settled.add(codes[0]!)
  }
  // 潍坊寿光新闻: the county inside the named city is the more precise place; the city is its frame.
  const places = [...settled].filter((c) => ![...settled].some((o) => o !== c && cityOf.get(o) === c))
  if (places.length !== 1) return null
  const place = places[0]!
  // Two counties, or a county outside the city named beside it, do not say which.
  return [...settled].every((c) => c === place || cityOf.get(place) === c) ? place : null
}
