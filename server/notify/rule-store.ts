import type { Kysely, Transaction } from 'kysely'
import { NOTIFY_CAUSES, type NotifyCause } from '@shared/notify/channels.ts'
import type { Owner } from '@shared/notify/owners.ts'
import { DEFAULT_RULE, type NotifyRule } from '@shared/notify/rules.ts'
import type { Database } from '../db/index.ts'
import './schema.ts'

type Db = Kysely<Database> | Transaction<Database>

/** An owner's rule, or the default (every cause but 办结, no quiet hours, no minimum interval). */
export async function loadRule(db: Db, o: Owner): Promise<NotifyRule> {
  const row = await db.selectFrom('notify_rules').selectAll().where('owner_type', '=', o.owner_type).where('owner_id', '=', o.owner_id).executeTakeFirst()
  if (!row) return DEFAULT_RULE
  const causes = (JSON.parse(row.causes) as string[]).filter((c): c is NotifyCause => (NOTIFY_CAUSES as readonly string[]).includes(c))
  return {
    causes,
    min_interval_min: row.min_interval_min,
    quiet_hours: row.quiet_start && row.quiet_end ? { start: row.quiet_start, end: row.quiet_end } : null,
    include_closed: row.include_closed === 1,
  }
}

export async function saveRule(db: Db, o: Owner, rule: NotifyRule, now: Date): Promise<void> {
  const values = {
    causes: JSON.stringify(rule.causes),
    min_interval_min: rule.min_interval_min,
    quiet_start: rule.quiet_hours?.start ?? null,
    quiet_end: rule.quiet_hours?.end ?? null,
    include_closed: rule.include_closed ? 1 : 0,
    updated_at: now.toISOString(),
  }
  await db
    .insertInto('notify_rules')
    .values({ owner_type: o.owner_type, owner_id: o.owner_id, ...values })
    .onConflict((oc) => oc.columns(['owner_type', 'owner_id']).doUpdateSet(values))
    .execute()
}
