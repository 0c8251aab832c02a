import type { Kysely, Transaction } from 'kysely'
import type { CaseReach } from '@shared/types/case.ts'
import type { Database } from '../db/index.ts'
import './schema.ts'

type Db = Kysely<Database> | Transaction<Database>

/**
 * Per case, the responsible unit's latest message: sent (已通知 at sent_at), failed (未送达),
 * pending/held (on its way), or none. One indexed query for a page of cases.
 */
export async function loadReach(db: Db, cases: readonly { id: number; unit_id: string }[]): Promise<Map<number, CaseReach>> {
  const out = new Map<number, CaseReach>()
  if (cases.length === 0) return out
  const rows = await db
    .selectFrom('notify_outbox')
    .select(['id', 'case_id', 'recipient_key', 'status', 'sent_at', 'created_at'])
    .where('case_id', 'in', cases.map((c) => c.id))
    .where('recipient_key', 'in', [...new Set(cases.map((c) => `unit:${c.unit_id}`))])
    .orderBy('id', 'desc')
    .execute()
  const unitOf = new Map(cases.map((c) => [c.id, `unit:${c.unit_id}`]))
  for (const r of rows) {
    if (r.case_id === null || out.has(r.case_id) || unitOf.get(r.case_id) !== r.recipient_key) continue
    const state = r.status === 'sent' ? 'sent' : r.status === 'failed' ? 'failed' : 'pending'
    out.set(r.case_id, { state, at: state === 'sent' ? r.sent_at : r.created_at })
  }
  return out
}
