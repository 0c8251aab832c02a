/**
 * 属地: the units a case belongs to — its responsible, lead and cooperating units, and every unit a
 * forwarding (转办) named, the one forwarded from included (still answerable for the clocks it held).
 * An account of one of these units, or of a unit above one, may see the case. The HTTP side asks
 * the same question in SQL (server/cases/territory.ts); test/integration/cases/case-audience.test.ts
 * holds the two to the same answer.
 */
export interface CaseUnitFacts {
  unit_id: string
  lead_unit_id: string | null
  cooperating_unit_ids: readonly string[]
  /** The payloads of the case's `forwarded` events. */
  forwards: readonly { unit_id?: unknown; previous_unit_id?: unknown }[]
}

export function caseUnitIds(f: CaseUnitFacts): string[] {
  const ids = [f.unit_id, ...(f.lead_unit_id ? [f.lead_unit_id] : []), ...f.cooperating_unit_ids]
  for (const e of f.forwards) for (const u of [e.unit_id, e.previous_unit_id]) if (typeof u === 'string') ids.push(u)
  return ids
}

/** The facts of a case as the API shows it (its timeline carries the forwardings). */
export function caseUnitFactsOf(c: {
  unit: { id: string }
  lead_unit: { id: string } | null
  cooperating_units: readonly { id: string }[]
  timeline?: readonly { type: string; unit_id?: string; previous_unit_id?: string }[]
}): CaseUnitFacts {
  return {
    unit_id: c.unit.id,
    lead_unit_id: c.lead_unit?.id ?? null,
    cooperating_unit_ids: c.cooperating_units.map((u) => u.id),
    forwards: (c.timeline ?? []).filter((e) => e.type === 'forwarded'),
  }
}

/** The units and every unit above them, walking `parents` (unit id → parent id). */
export function withAncestors(unitIds: Iterable<string>, parents: ReadonlyMap<string, string | null>): Set<string> {
  const out = new Set<string>()
  for (const start of unitIds) {
    let id: string | null | undefined = start
    // The guard bounds a corrupt cycle; real chains are three deep.
    for (let hops = 0; id && hops < 10 && !out.has(id); hops++) {
      out.add(id)
      id = parents.get(id)
    }
  }
  return out
}
