import type { Transaction } from 'kysely'
import { ErrorCode, YqError } from '@shared/errors.ts'
import { isOfficeRole } from '@shared/policy/claimed-time.ts'
import { deadlineAt } from '@shared/policy/deadlines.ts'
import { DEADLINE_KINDS, EXTENSION_DECISIONS, type DeadlineKind, type ExtensionDecision } from '@shared/types/case.ts'
import type { Database } from '../db/index.ts'
import { parseInstant, requireOneOf } from './case-checks.ts'
import './schema.ts'

type Trx = Transaction<Database>
const DAY_MS = 24 * 3_600_000
/** The longest extension one request may ask for: a deadline of hours is not moved by months. */
export const MAX_EXTENSION_MS = 30 * DAY_MS

export interface ExtensionRequestInput {
  deadline_kind?: string
  deadline_index?: number
  to?: string
  reason?: string
}

export interface ExtensionFields {
  deadline_kind: DeadlineKind
  deadline_index: number
  /** The deadline's due time when asked, and the one asked for. */
  from: string
  to: string
  reason: string
}

const refuse = (message: string) => new YqError(ErrorCode.BAD_EXTENSION, message, 409)

async function storedDeadlines(trx: Trx, caseId: number) {
  return trx.selectFrom('case_deadlines').selectAll().where('case_id', '=', caseId).execute()
}

/** Requests on the case not yet decided, by id. */
async function openRequests(trx: Trx, caseId: number): Promise<Map<number, ExtensionFields>> {
  const rows = await trx.selectFrom('case_events').select(['id', 'type', 'payload']).where('case_id', '=', caseId).where('type', 'in', ['extension_requested', 'extension_decided']).orderBy('id').execute()
  const open = new Map<number, ExtensionFields>()
  for (const r of rows) {
    const p = JSON.parse(r.payload) as ExtensionFields & { request_id?: number }
    if (r.type === 'extension_requested') open.set(r.id, p)
    else if (p.request_id !== undefined) open.delete(p.request_id)
  }
  return open
}

/**
 * 延期申请: asks for one deadline's due time to move to `to`, with a reason. The request must be
 * recorded (by the server's clock, whatever time it claims) while the deadline is still open and
 * not yet due: an approved extension is judged against its new due time (shared/policy/deadlines.ts),
 * so one asked for after the fact would turn a missed deadline into one met on time. A unit asks
 * only for a deadline counted for it; the office may ask on a unit's behalf. One open request per
 * deadline at a time.
 */
export async function extensionRequestFields(trx: Trx, caseId: number, input: ExtensionRequestInput, by: { role: string; unit_id: string | null }, now: Date): Promise<ExtensionFields> {
  const reason = input.reason?.trim()
  if (!reason) throw new YqError(ErrorCode.REASON_REQUIRED, '延期申请须说明原因')
  const kind = requireOneOf(input.deadline_kind, DEADLINE_KINDS, 'deadline_kind')
  const index = input.deadline_index ?? 0
  if (!input.to) throw refuse('请填写申请延至的时间')
  const to = parseInstant(input.to, 'to')
  const d = deadlineAt(await storedDeadlines(trx, caseId), kind, index)
  if (!d) throw refuse('本事项没有这项时限')
  if (d.met_at !== null) throw refuse('这项时限已经办结，无需延期')
  if (Date.parse(d.due_at) <= now.getTime()) throw refuse('这项时限已经超时，超时后不能再申请延期')
  if (!isOfficeRole(by.role) && by.unit_id !== d.unit_id) throw refuse('只能为本单位承担的时限申请延期')
  if (Date.parse(to) <= Date.parse(d.due_at)) throw refuse('申请延至的时间须晚于现在的截止时间')
  if (Date.parse(to) - Date.parse(d.due_at) > MAX_EXTENSION_MS) throw refuse('一次最多申请延期30天')
  for (const open of (await openRequests(trx, caseId)).values()) {
    if (open.deadline_kind === kind && open.deadline_index === index) throw refuse('这项时限已有待审批的延期申请')
  }
  return { deadline_kind: kind, deadline_index: index, from: d.due_at, to, reason }
}

export interface ExtensionDecisionInput {
  request_id?: number
  decision?: string
  reason?: string
}

/**
 * 延期审批: the office approves or refuses an open request (a refusal says why). The decision
 * repeats what was asked so the timeline and the engine read it without the request.
 */
export async function extensionDecisionFields(trx: Trx, caseId: number, input: ExtensionDecisionInput): Promise<Omit<ExtensionFields, 'reason'> & { request_id: number; decision: ExtensionDecision; reason?: string }> {
  const decision = requireOneOf(input.decision, EXTENSION_DECISIONS, 'decision')
  if (input.request_id === undefined) throw refuse('请指明审批哪一项延期申请')
  const request = (await openRequests(trx, caseId)).get(input.request_id)
  if (!request) throw refuse('没有这项待审批的延期申请（可能已审批）')
  const reason = input.reason?.trim()
  if (decision === 'refused' && !reason) throw new YqError(ErrorCode.REASON_REQUIRED, '不批准须说明原因')
  const { reason: asked, ...what } = request
  void asked
  return { ...what, request_id: input.request_id, decision, ...(reason ? { reason } : {}) }
}
