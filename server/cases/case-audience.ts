import type { FastifyInstance } from 'fastify'
import type { Case } from '@shared/types/case.ts'
import { caseUnitFactsOf, caseUnitIds, withAncestors } from '@shared/policy/case-units.ts'
import { unitRoom, WALL_ROOMS } from '../auth/index.ts'
import type { Audience } from '../realtime/index.ts'
import { loadUnitParents } from './territory.ts'

export interface CaseAudience {
  /** Units were added or moved: called by every writer of the unit tree before its write, and reloaded after. */
  unitsChanged: (rows: readonly { id: string; parent_id: string | null }[]) => void
  /** Re-reads the unit tree (after a unit write committed, so the cache matches the table). */
  reloadUnits: () => Promise<void>
}

/**
 * Who receives a case's socket events (属地): the staff walls, and the accounts of the case's units
 * and of every unit above them. Publishing is synchronous, so the case's units and the unit tree are
 * kept in memory: a case's units from each case:created / case:updated it publishes, the tree
 * updated by every unit write (a 历下区 department unit added by a catalogue edit must reach the
 * 济南市 account at once, without a restart).
 */
export function installCaseAudience(app: FastifyInstance): CaseAudience {
  let parents = new Map<string, string | null>()
  const caseUnits = new Map<number, string[]>()
  const rooms = (units: Iterable<string>): Audience => [...WALL_ROOMS, ...[...withAncestors(units, parents)].map(unitRoom)]

  app.realtime.addAudience((event, data) => {
    if (event === 'case:created' || event === 'case:updated') {
      const c = data as unknown as Case
      const unitIds = caseUnitIds(caseUnitFactsOf(c))
      caseUnits.set(c.id, unitIds)
      // The other processes route this case's later events (a deadline crossing they find) the same way.
      app.cluster.announce('case:units', { case_id: c.id, unit_ids: unitIds })
      return rooms(unitIds)
    }
    // Any event about one case (deadlines, and those other concerns add) follows the case.
    if (typeof data?.case_id === 'number') return rooms(caseUnits.get(data.case_id) ?? (typeof data.unit_id === 'string' ? [data.unit_id] : []))
    return undefined
  })

  const reloadUnits = async () => {
    parents = await loadUnitParents(app.db)
  }
  const loadCaseUnits = async () => {
    const rows = await app.db.selectFrom('cases').select(['id', 'unit_id', 'lead_unit_id', 'cooperating_unit_ids']).execute()
    const forwards = await app.db.selectFrom('case_events').select(['case_id', 'payload']).where('type', '=', 'forwarded').execute()
    const byCase = new Map<number, { unit_id?: unknown; previous_unit_id?: unknown }[]>()
    for (const f of forwards) byCase.set(f.case_id, [...(byCase.get(f.case_id) ?? []), JSON.parse(f.payload) as { unit_id?: unknown }])
    for (const r of rows) {
      const facts = { unit_id: r.unit_id, lead_unit_id: r.lead_unit_id, cooperating_unit_ids: JSON.parse(r.cooperating_unit_ids) as string[], forwards: byCase.get(r.id) ?? [] }
      caseUnits.set(r.id, caseUnitIds(facts))
    }
  }
  app.addHook('onReady', async () => {
    await reloadUnits()
    await loadCaseUnits()
  })
  // Units synced in another process (a new department is a unit in every county): rooms above them follow.
  app.cluster.on('units:changed', reloadUnits)
  app.cluster.on('case:units', async (data) => {
    if (data) {
      if (Number.isInteger(data.case_id) && Array.isArray(data.unit_ids) && data.unit_ids.every((u) => typeof u === 'string')) caseUnits.set(data.case_id, data.unit_ids)
      return
    }
    // Redis came back: what was announced meanwhile is read from the database instead.
    await reloadUnits()
    await loadCaseUnits()
  })
  return {
    unitsChanged(rows) {
      // Before the write commits: a unit can be named on a case only once it exists, so knowing it early is harmless.
      for (const r of rows) parents.set(r.id, r.parent_id)
    },
    reloadUnits,
  }
}
