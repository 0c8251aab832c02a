import type { Transaction } from 'kysely'
import { ErrorCode, YqError } from '@shared/errors.ts'
import { isOfficeRole } from '@shared/policy/claimed-time.ts'
import type { Database } from '../db/index.ts'
import { requireUnits } from './case-checks.ts'
import './schema.ts'

/**
 * Whose 签收 an `acknowledged` entry is. Only the unit a case was forwarded (转办) to signs for
 * it: a unit account signs as its own unit; an office account (admin, operator) signs on a
 * receiving unit's behalf (代签收, `on_behalf`), by default for the latest forwarding. A 签收 by
 * any other unit is refused, so it cannot stop another unit's clock. A case never forwarded has
 * no 签收 clock; an entry there is kept as a note of receipt and meets nothing.
 */
export async function acknowledgementFields(
  trx: Transaction<Database>,
  caseId: number,
  requested: string | undefined,
  by: { role: string; unit_id: string | null },
): Promise<{ unit_id?: string; on_behalf?: true }> {
  const forwarded = await trx.selectFrom('case_events').select(['payload']).where('case_id', '=', caseId).where('type', '=', 'forwarded').orderBy('at').orderBy('id').execute()
  const receivers = forwarded.map((f) => (JSON.parse(f.payload) as { unit_id?: unknown }).unit_id).filter((u): u is string => typeof u === 'string')
  const office = isOfficeRole(by.role)
  const unit = office ? (requested ?? receivers.at(-1)) : by.unit_id
  if (!unit) return {}
  const impersonates = requested !== undefined && requested !== unit
  if (impersonates || (receivers.length > 0 && !receivers.includes(unit))) {
    const names = await unitNames(trx, [unit, ...(requested ? [requested] : []), ...receivers])
    const name = (id: string) => names.get(id) ?? id
    if (impersonates) throw new YqError(ErrorCode.ACK_NOT_RECEIVING_UNIT, `本账号属于${name(unit)}，不能以${name(requested)}的名义签收`, 409)
    const to = `本事项转办给${[...new Set(receivers)].map(name).join('、')}`
    throw new YqError(ErrorCode.ACK_NOT_RECEIVING_UNIT, `${name(unit)}不是接收转办的单位，不能签收（${to}）`, 409)
  }
  await requireUnits(trx, [unit])
  return office ? { unit_id: unit, on_behalf: true } : { unit_id: unit }
}

async function unitNames(trx: Transaction<Database>, ids: string[]): Promise<Map<string, string>> {
  const rows = await trx.selectFrom('units').select(['id', 'name']).where('id', 'in', ids).execute()
  return new Map(rows.map((r) => [r.id, r.name]))
}
