import type { Level } from '../types/case.ts'
import type { NotifyCause } from './channels.ts'
import { ownerKey, PROVINCIAL_DUTY_GROUP, type Owner } from './owners.ts'

/** Why a recipient gets the message; shown in the delivery log. */
export type RecipientRole = 'responsible' | 'forwarded_to' | 'lead' | 'cooperating' | 'duty_group' | 'escalation' | 'subscriber'

export interface Recipient extends Owner {
  role: RecipientRole
}

/** What the system knows of one message's subject. */
export interface RecipientFacts {
  cause: NotifyCause
  level: Level
  unit_id: string | null
  lead_unit_id: string | null
  cooperating_unit_ids: readonly string[]
  /** For `forwarded`: the unit it was forwarded to. */
  forwarded_to?: string
  /** For `escalated`: the next level up. */
  escalate_to?: Owner
  /** For `returned`: the unit the case went back to; for `extension_decided`: the unit whose deadline it was (who asked). */
  told_unit?: string
}

/** A user with personal channels: unit accounts follow their unit, office accounts the duty group. */
export interface Subscriber {
  user_id: number
  role: string
  unit_id: string | null
}

const MAJOR: ReadonlySet<Level> = new Set(['I', 'II'])
const OFFICE_ROLES: ReadonlySet<string> = new Set(['admin', 'operator'])

function units(f: RecipientFacts): Recipient[] {
  const out: Recipient[] = []
  if (f.unit_id) out.push({ owner_type: 'unit', owner_id: f.unit_id, role: 'responsible' })
  if (f.lead_unit_id) out.push({ owner_type: 'unit', owner_id: f.lead_unit_id, role: 'lead' })
  for (const id of f.cooperating_unit_ids) out.push({ owner_type: 'unit', owner_id: id, role: 'cooperating' })
  return out
}

function direct(f: RecipientFacts): Recipient[] {
  const duty: Recipient = { ...PROVINCIAL_DUTY_GROUP, role: 'duty_group' }
  switch (f.cause) {
    case 'forwarded':
      return f.forwarded_to ? [{ owner_type: 'unit', owner_id: f.forwarded_to, role: 'forwarded_to' }] : units(f).slice(0, 1)
    // A decision about one unit's work is that unit's news, not the whole case's.
    case 'returned':
    case 'extension_decided':
      return f.told_unit ? [{ owner_type: 'unit', owner_id: f.told_unit, role: 'responsible' }] : units(f).slice(0, 1)
    case 'escalated':
      return f.escalate_to ? [{ ...f.escalate_to, role: 'escalation' }] : []
    case 'story_major':
      return [duty]
    case 'closed':
      return units(f)
    case 'due_soon':
    case 'overdue':
    case 'still_overdue':
    case 'level_raised':
      return MAJOR.has(f.level) ? [...units(f), duty] : units(f)
  }
}

/**
 * Who is told of one cause: the responsible unit, the lead and cooperating units, the provincial
 * duty group for level I/II and for a new major story, the next level up for an escalation, and
 * the personal subscriptions of users who belong to one of those. Each owner once, first role wins.
 */
export function recipientsFor(f: RecipientFacts, subscribers: readonly Subscriber[]): Recipient[] {
  const out = new Map<string, Recipient>()
  for (const r of direct(f)) if (!out.has(ownerKey(r))) out.set(ownerKey(r), r)
  const unitIds = new Set([...out.values()].filter((r) => r.owner_type === 'unit').map((r) => r.owner_id))
  const dutyTold = out.has(ownerKey(PROVINCIAL_DUTY_GROUP))
  for (const s of subscribers) {
    const follows = s.role === 'unit' ? s.unit_id !== null && unitIds.has(s.unit_id) : OFFICE_ROLES.has(s.role) && dutyTold
    const r: Recipient = { owner_type: 'user', owner_id: String(s.user_id), role: 'subscriber' }
    if (follows && !out.has(ownerKey(r))) out.set(ownerKey(r), r)
  }
  return [...out.values()]
}
