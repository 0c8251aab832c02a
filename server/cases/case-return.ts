import type { Transaction } from 'kysely'
import { ErrorCode, YqError } from '@shared/errors.ts'
import { isOfficeRole } from '@shared/policy/claimed-time.ts'
import type { Database } from '../db/index.ts'
import './schema.ts'

type Trx = Transaction<Database>

/** What a 退回 entry records: back to `unit_id` (the forwarding unit) from `previous_unit_id`. */
export interface ReturnFields {
  unit_id: string
  previous_unit_id: string
  reason: string
  on_behalf?: true
}

/**
 * 退回: the unit a case was last forwarded (转办) to hands it back to the unit that forwarded it,
 * saying why. Only that receiving unit may, or the office on its behalf (recorded, like 代签收);
 * only while the forwarding still stands (not returned already, not 改派 elsewhere since); and
 * only when it came from a unit (a case forwarded by 国办 has no unit here to go back to). The
 * return answers the forwarding like a 签收 (shared/policy/deadlines.ts) and the forwarding unit
 * is responsible again from its time on (shared/policy/responsibility.ts).
 */
export async function returnFields(trx: Trx, caseId: number, currentUnit: string, reason: string | undefined, by: { role: string; unit_id: string | null }): Promise<ReturnFields> {
  const why = reason?.trim()
  if (!why) throw new YqError(ErrorCode.REASON_REQUIRED, '退回须说明原因')
  const last = await trx
    .selectFrom('case_events')
    .select(['type', 'payload'])
    .where('case_id', '=', caseId)
    .where('type', 'in', ['forwarded', 'returned'])
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst()
  if (!last || last.type !== 'forwarded') throw new YqError(ErrorCode.RETURN_REFUSED, last ? '本事项的转办已经退回' : '本事项没有转办，无可退回', 409)
  const forward = JSON.parse(last.payload) as { unit_id?: string; previous_unit_id?: string }
  const receiver = forward.unit_id
  if (!receiver || receiver !== currentUnit) throw new YqError(ErrorCode.RETURN_REFUSED, '本事项转办后已改派，不能再退回', 409)
  if (!forward.previous_unit_id || forward.previous_unit_id === receiver) throw new YqError(ErrorCode.RETURN_REFUSED, '本事项不是由其他单位转办来的，无可退回的单位', 409)
  const office = isOfficeRole(by.role)
  if (!office && by.unit_id !== receiver) {
    const names = await trx.selectFrom('units').select(['id', 'name']).where('id', 'in', [receiver, by.unit_id ?? '']).execute()
    const name = (id: string | null) => names.find((n) => n.id === id)?.name ?? id ?? '—'
    throw new YqError(ErrorCode.RETURN_REFUSED, `本事项转办给${name(receiver)}，${name(by.unit_id)}不能退回`, 409)
  }
  return { unit_id: forward.previous_unit_id, previous_unit_id: receiver, reason: why, ...(office ? { on_behalf: true as const } : {}) }
}
