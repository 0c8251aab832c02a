import type { Transaction } from 'kysely'
import type { NotifyCause } from '@shared/notify/channels.ts'
import { ownerKey, type Owner } from '@shared/notify/owners.ts'
import { recipientsFor, type Recipient, type RecipientFacts } from '@shared/notify/recipients.ts'
import type { MessageFacts } from '@shared/notify/render.ts'
import { quietUntil, wantsCause } from '@shared/notify/rules.ts'
import type { DeadlineKind, Level } from '@shared/types/case.ts'
import type { Database } from '../db/index.ts'
import { findUnit, loadCaseForNotice } from '../cases/index.ts'
import { enabledAccounts, usernameOf } from '../auth/index.ts'
import { loadRule } from './rule-store.ts'
import './schema.ts'

type Trx = Transaction<Database>

/** One reason to tell people about a case; `occasion` makes the idempotency key unique per occurrence. */
export interface CaseNotice {
  case_id: number
  cause: NotifyCause
  /** What happened, stably named: `370102@2026-…` for a 转办, `acknowledgement@due_at` for a crossing, … */
  occasion: string
  forwarded_to?: string
  deadline?: { kind: DeadlineKind; due_at: string }
  escalate_to?: Owner
  reason?: string
  /** For `returned` / `extension_decided`: the one unit concerned (see RecipientFacts.told_unit). */
  told_unit?: string
  /** For `returned`: the unit that returned it. */
  returned_by?: string
  decision?: 'approved' | 'refused'
}

export const DUTY_GROUP_NAME = '省政府办公厅值班'

/** What the delivery log calls a recipient: the unit's or user's name. */
export async function ownerName(trx: Trx, o: Owner): Promise<string> {
  if (o.owner_type === 'duty_group') return DUTY_GROUP_NAME
  if (o.owner_type === 'unit') return (await findUnit(trx, o.owner_id))?.name ?? o.owner_id
  return (await usernameOf(trx, Number(o.owner_id))) ?? o.owner_id
}

/** Users with a personal channel: the only ones `recipientsFor` needs to weigh. */
async function subscribers(trx: Trx) {
  return enabledAccounts(trx)
    .where((eb) => eb.exists(eb.selectFrom('notify_channels as c').select('c.id').where('c.owner_type', '=', 'user').whereRef('c.owner_id', '=', eb.cast('u.id', 'text')).where('c.enabled', '=', 1)))
    .execute()
}

interface Subject {
  keyPrefix: string
  case_id: number | null
  story_id: number | null
  level: Level
}

/**
 * Writes one outbox row per (recipient, enabled channel) the rules allow, in the caller's
 * transaction. A row already written for the same key is left alone, so a repeated event or a
 * catch-up after restart writes nothing twice. Returns how many rows were written.
 */
async function writeRows(trx: Trx, subject: Subject, cause: NotifyCause, occasion: string, recipients: Recipient[], facts: MessageFacts, now: Date): Promise<number> {
  let written = 0
  const nowIso = now.toISOString()
  for (const r of recipients) {
    const rule = await loadRule(trx, r)
    if (!wantsCause(rule, cause)) continue
    const channels = await trx.selectFrom('notify_channels').select(['id']).where('owner_type', '=', r.owner_type).where('owner_id', '=', r.owner_id).where('enabled', '=', 1).execute()
    if (channels.length === 0) continue
    const name = await ownerName(trx, r)
    const hold = quietUntil(rule, subject.level, now)
    for (const ch of channels) {
      const res = await trx
        .insertInto('notify_outbox')
        .values({
          idempotency_key: `${subject.keyPrefix}|${cause}|${ownerKey(r)}|${ch.id}|${occasion}`,
          case_id: subject.case_id,
          story_id: subject.story_id,
          cause,
          level: subject.level,
          channel_id: ch.id,
          recipient_key: ownerKey(r),
          recipient: name,
          payload: JSON.stringify(facts),
          status: hold ? 'held' : 'pending',
          next_attempt_at: (hold ?? now).toISOString(),
          created_at: nowIso,
        })
        .onConflict((oc) => oc.column('idempotency_key').doNothing())
        .executeTakeFirst()
      written += Number(res.numInsertedOrUpdatedRows ?? 0)
    }
  }
  return written
}

/** Outbox rows for one case notice, recipients from the case's units, the duty group and subscriptions. */
export async function enqueueCaseNotice(trx: Trx, n: CaseNotice, now: Date): Promise<number> {
  const c = await loadCaseForNotice(trx, n.case_id)
  if (!c) return 0
  const level = c.level as Level
  const facts: RecipientFacts = {
    cause: n.cause,
    level,
    unit_id: c.unit_id,
    lead_unit_id: c.lead_unit_id,
    cooperating_unit_ids: JSON.parse(c.cooperating_unit_ids) as string[],
    forwarded_to: n.forwarded_to,
    escalate_to: n.escalate_to,
    told_unit: n.told_unit,
  }
  const recipients = recipientsFor(facts, await subscribers(trx))
  if (recipients.length === 0) return 0
  const unitId = n.told_unit ?? n.forwarded_to ?? c.unit_id
  const message: MessageFacts = {
    cause: n.cause,
    level,
    title: c.title,
    case_id: c.id,
    story_id: null,
    unit_name: await ownerName(trx, { owner_type: 'unit', owner_id: unitId }),
    ...(n.deadline ? { deadline: n.deadline } : {}),
    ...(n.reason ? { reason: n.reason } : {}),
    ...(n.returned_by ? { returned_by: await ownerName(trx, { owner_type: 'unit', owner_id: n.returned_by }) } : {}),
    ...(n.decision ? { decision: n.decision } : {}),
  }
  return writeRows(trx, { keyPrefix: `case:${c.id}`, case_id: c.id, story_id: null, level }, n.cause, n.occasion, recipients, message, now)
}

/** A new untriaged story suggested at level I/II: the provincial duty group is told. */
export async function enqueueStoryNotice(trx: Trx, story: { id: number; title: string; level: Level }, now: Date): Promise<number> {
  const recipients = recipientsFor({ cause: 'story_major', level: story.level, unit_id: null, lead_unit_id: null, cooperating_unit_ids: [] }, await subscribers(trx))
  const message: MessageFacts = { cause: 'story_major', level: story.level, title: story.title, case_id: null, story_id: story.id, unit_name: null }
  return writeRows(trx, { keyPrefix: `story:${story.id}`, case_id: null, story_id: story.id, level: story.level }, 'story_major', 'new', recipients, message, now)
}
