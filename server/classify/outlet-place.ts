import { deriveOutletPlace, NO_OUTLET_PLACE } from '@shared/tagging/outlet-place.ts'
import type { SourcePlace, TagSource } from '@shared/types/source.ts'
import type { Gazetteer, Place } from './gazetteer.ts'
import { normalizeText } from './normalize.ts'
import { LOCAL_OUTLETS } from './outlets.ts'

export type { TagSource }

/** A home city or county a source may carry as its place; anything else is no place. */
export function outletPlaceByCode(gazetteer: Gazetteer, code: string): Place | null {
  const place = gazetteer.place(code)
  return place && place.isHome && place.level !== 'province' ? place : null
}

/** The place a source's name settles (潍坊晚报 → 潍坊市; 聊城晚報 is read in Simplified), or null. */
export function derivedOutletPlace(gazetteer: Gazetteer, name: string): Place | null {
  const text = normalizeText(name)
  const code = deriveOutletPlace(text, gazetteer.outletNames())
  if (code) return outletPlaceByCode(gazetteer, code)
  const local = (LOCAL_OUTLETS[gazetteer.home.name] ?? []).find((o) => o.names.some((n) => text.includes(n)))
  return local ? (gazetteer.homeCities.find((c) => c.name === local.city) ?? null) : null
}

/** A source's place in force: the one set on it, else the one its name settles. */
export function outletPlace(gazetteer: Gazetteer, source: TagSource | null | undefined): Place | null {
  if (!source) return null
  if (source.place === NO_OUTLET_PLACE) return null
  if (source.place) return outletPlaceByCode(gazetteer, source.place)
  return derivedOutletPlace(gazetteer, source.name)
}

/** A source's place in force as /admin/sources shows it, or null. */
export function describeOutletPlace(gazetteer: Gazetteer, source: TagSource): SourcePlace | null {
  const place = outletPlace(gazetteer, source)
  if (!place) return null
  return { code: place.code, name: place.level === 'county' ? `${place.city}${place.name}` : place.name, derived: !source.place }
}
