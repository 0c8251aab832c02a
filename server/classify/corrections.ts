import type { Kysely, Transaction } from 'kysely'
import type { DepartmentTag, RegionTag, UnitTag } from '@shared/types/item.ts'
import type { TagCorrection } from '@shared/tagging/corrections.ts'
import type { Database } from '../db/index.ts'
import { itemTexts, leadReportTags } from '../ingest/index.ts'

type Trx = Transaction<Database>

/** A unit id's parts: `370102-cgj` is 历下区's 城管局, `370102` its government (no department). */
export function unitParts(unitId: string): { code: string; department: string | null } {
  const dash = unitId.indexOf('-')
  return dash < 0 ? { code: unitId, department: null } : { code: unitId.slice(0, dash), department: unitId.slice(dash + 1) }
}

function parsed<T>(json: string | null): T | null {
  if (!json) return null
  try {
    return JSON.parse(json) as T
  } catch {
    return null
  }
}

/**
 * Records that an operator opened a case for another unit than the one suggested (the classify
 * concern's service to triage, called in the decision's transaction). The lead report — the
 * first of the first story, whose suggestion the open dialog showed — is compared: a chosen
 * bureau of another department is a department correction, a unit of another place a place
 * correction; choosing the suggestion, or leaving it to the default, records nothing.
 */
export async function recordUnitChoice(trx: Trx, c: { storyIds: readonly number[]; caseId: number; chosenUnitId: string | undefined; actor: string; at: string }): Promise<boolean> {
  if (!c.chosenUnitId || c.storyIds.length === 0) return false
  const lead = await leadReportTags(trx, c.storyIds[0]!)
  if (!lead) return false
  const unit = parsed<UnitTag>(lead.unit)
  if (unit?.id === c.chosenUnitId) return false
  const departments = parsed<DepartmentTag[]>(lead.departments) ?? []
  const region = parsed<RegionTag>(lead.region)
  const first = Array.isArray(departments) ? departments[0] : undefined
  const chosen = unitParts(c.chosenUnitId)
  await trx
    .insertInto('tag_corrections')
    .values({
      item_id: lead.id,
      case_id: c.caseId,
      suggested_unit_id: unit?.id ?? null,
      chosen_unit_id: c.chosenUnitId,
      suggested_department: first?.id ?? null,
      chosen_department: chosen.department,
      suggested_code: unit ? unitParts(unit.id).code : (region?.code ?? null),
      chosen_code: chosen.code,
      department_terms: JSON.stringify(Array.isArray(first?.terms) ? first.terms : []),
      place_terms: JSON.stringify(Array.isArray(region?.terms) ? region.terms : []),
      actor: c.actor,
      at: c.at,
    })
    .execute()
  return true
}

/** The most recent corrections, with the text of the item each one corrected (read through ingest: one more query per summary). */
export async function readCorrections(db: Kysely<Database>, limit: number): Promise<TagCorrection[]> {
  const corrections = await db
    .selectFrom('tag_corrections')
    .select(['item_id', 'suggested_department', 'chosen_department', 'suggested_code', 'chosen_code', 'department_terms', 'place_terms'])
    .orderBy('id', 'desc')
    .limit(limit)
    .execute()
  const texts = await itemTexts(db, corrections.map((c) => c.item_id))
  // Items are never deleted, but a correction whose item is gone has no text to learn from (the join dropped it too).
  const rows = corrections.flatMap((c) => {
    const item = texts.get(c.item_id)
    return item ? [{ ...c, ...item }] : []
  })
  const strings = (json: string) => {
    const v = parsed<unknown>(json)
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
  }
  return rows.map((r) => ({
    suggested_department: r.suggested_department,
    chosen_department: r.chosen_department,
    suggested_code: r.suggested_code,
    chosen_code: r.chosen_code,
    department_terms: strings(r.department_terms),
    place_terms: strings(r.place_terms),
    title: r.title,
    text: r.summary ?? '',
  }))
}
