import fs from 'node:fs'
import type { EvalItem } from './eval-set.ts'
import type { Gazetteer } from './gazetteer.ts'

/**
 * What a person decided an item is about (docs/tagging-guideline.md): the department that must
 * respond and the place, at the level the text settles. Outside the home province only the
 * province is labelled.
 */
export interface Label {
  department: string | null
  province: string | null
  city: string | null
  county: string | null
  none_reason?: string
}

/** One labelled item of any evaluation set, in the one shape the scorer reads. */
export interface LabelledItem {
  /** Where it came from, for messages: the corpus id or `file:line`. */
  ref: string
  title: string
  text: string
  /** The outlet the page credits (潍坊晚报): tagging reads its place as ingestion reads a source's. */
  source?: string
  label: Label
}

const LABEL_KEYS = ['department', 'province', 'city', 'county'] as const

function asLabel(raw: unknown, where: string): Label {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error(`${where}: "label" must be an object`)
  const obj = raw as Record<string, unknown>
  const label: Label = { department: null, province: null, city: null, county: null }
  for (const key of LABEL_KEYS) {
    const v = obj[key]
    if (v !== null && typeof v !== 'string') throw new Error(`${where}: label.${key} must be a string or null`)
    label[key] = v
  }
  if (obj.none_reason !== undefined) {
    if (typeof obj.none_reason !== 'string') throw new Error(`${where}: label.none_reason must be a string`)
    label.none_reason = obj.none_reason
  }
  return label
}

/**
 * Reads a real-corpus JSON Lines file (test/fixtures/eval-real/*.jsonl).
 * @throws Error naming the file and line of the first malformed item; nothing is half-read.
 */
export function readCorpus(file: string): LabelledItem[] {
  const items: LabelledItem[] = []
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      if (!raw.trim()) return
      const where = `${file}:${i + 1}`
      let obj: unknown
      try {
        obj = JSON.parse(raw)
      } catch {
        throw new Error(`${where}: not valid JSON`)
      }
      if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) throw new Error(`${where}: expected a JSON object`)
      const rec = obj as Record<string, unknown>
      for (const key of ['id', 'title', 'text'] as const) if (typeof rec[key] !== 'string') throw new Error(`${where}: "${key}" must be a string`)
      if (rec.source !== undefined && typeof rec.source !== 'string') throw new Error(`${where}: "source" must be a string`)
      const item: LabelledItem = { ref: rec.id as string, title: rec.title as string, text: rec.text as string, label: asLabel(rec.label, where) }
      if (typeof rec.source === 'string') item.source = rec.source
      items.push(item)
    })
  return items
}

/**
 * The project's own set (test/fixtures/eval/*.tsv) in the common shape. Its labels name a city
 * (its own, outside the home province) or `-`; the province is the labelled city's, and an item
 * with no city is read as the home province's, as its README says the tagger must then give none.
 */
export function ownSetItems(items: EvalItem[], gazetteer: Gazetteer, file: string): LabelledItem[] {
  const provinceOf = new Map<string, string>()
  for (const n of gazetteer.names) for (const p of n.places) if (!n.isShort && p.level === 'city') provinceOf.set(p.name, p.province)
  return items.map((i) => {
    const province = i.city ? (provinceOf.get(i.city) ?? null) : gazetteer.home.name
    const outside = province !== gazetteer.home.name
    return {
      ref: `${file}:${i.line}`,
      title: i.title,
      text: i.text,
      label: { department: i.department, province, city: outside ? null : i.city, county: outside ? null : i.county },
    }
  })
}
