import { sql, type ExpressionBuilder, type Expression, type SqlBool } from 'kysely'
import { DAY_MS, parseBeijingDay } from '@shared/beijing-day.ts'
import { ErrorCode, YqError } from '@shared/errors.ts'
import type { CaseStatus, Level } from '@shared/types/case.ts'
import type { Database, SqlDialect } from '../db/index.ts'

const HOUR_MS = 3_600_000


export interface CaseFilter {
  status?: CaseStatus
  unit_id?: string
  level?: Level
  overdue?: boolean
  drill?: boolean
  supervised?: boolean
  /** A city's code (`370100`): the responsible unit is the city or anything under it. */
  city?: string
  /** An unmet deadline falls due in the next N hours (not yet overdue). */
  due_within_h?: number
  /** Opened on or after this 北京时间 day (`YYYY-MM-DD`). */
  opened_from?: string
  /** Opened on or before this 北京时间 day, inclusive. */
  opened_to?: string
  /** Words in the title or in the responsible or lead unit's name (matched literally, no wildcards). */
  q?: string
  /** Cases of the account's own unit: it is responsible, or the latest 转办 went to it. Needs `account_unit`. */
  mine?: boolean
  /** The latest 转办 awaits 签收 (an open case); for a unit account, a 转办 to the account's own unit. */
  awaiting_ack?: boolean
  limit: number
  /** The unit a unit account is bound to; what `mine` and `awaiting_ack` mean "my unit" by. */
  account_unit?: string
  /** 属地: only cases this unit (or one below it) is responsible for, leads, cooperates on or was forwarded. */
  territory?: string
}

type Eb = ExpressionBuilder<Database, 'cases'>

/** The UTC instant a 北京时间 day starts; refuses days that do not exist (2026-02-30). */
function beijingDayStart(day: string, field: string): Date {
  const at = parseBeijingDay(day)
  if (at === null) throw new YqError(ErrorCode.BAD_PERIOD, `${field} is not a calendar day: "${day}"`, 400)
  return new Date(at)
}

/** `opened_from`/`opened_to` as a half-open UTC range [from, to); checked before any query runs. */
export function openedRange(filter: Pick<CaseFilter, 'opened_from' | 'opened_to'>): { from?: string; to?: string } {
  const from = filter.opened_from ? beijingDayStart(filter.opened_from, 'opened_from') : undefined
  const to = filter.opened_to ? new Date(beijingDayStart(filter.opened_to, 'opened_to').getTime() + DAY_MS) : undefined
  if (from && to && from >= to) throw new YqError(ErrorCode.BAD_PERIOD, 'opened_from is after opened_to', 400)
  return { from: from?.toISOString(), to: to?.toISOString() }
}

function unmetDeadline(eb: Eb, dueFrom: string | null, dueTo: string): Expression<SqlBool> {
  let q = eb.selectFrom('case_deadlines as d').select('d.case_id').whereRef('d.case_id', '=', 'cases.id').where('d.met_at', 'is', null).where('d.due_at', '<=', dueTo)
  if (dueFrom) q = q.where('d.due_at', '>', dueFrom)
  return eb.exists(q)
}

/** `q` as a LIKE pattern that matches its characters literally: `%`, `_` and the escape `\` itself are escaped. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/**
 * A column of the case's latest 转办 or 退回 (by time, then by entry): its target unit or its time.
 * After a 退回 the case is back with the forwarding unit and awaits nobody's 签收.
 */
function latestForward(d: SqlDialect, what: 'unit' | 'at') {
  const column = what === 'unit' ? d.jsonText(sql.ref('e.payload'), 'unit_id') : sql`e.at`
  return sql`(select ${column} from case_events e where e.case_id = cases.id and e.type in ('forwarded', 'returned') order by e.at desc, e.id desc limit 1)`
}

/** The account's own unit, for the filters that mean "my unit"; an account bound to none may not use them. */
function requireAccountUnit(filter: CaseFilter, name: string): string {
  if (!filter.account_unit) throw new YqError(ErrorCode.FORBIDDEN, `${name} is for accounts bound to a unit`, 403)
  return filter.account_unit
}

/** Every condition of the filter but the territory and the limit, as one predicate. */
export function caseFilterPredicate(d: SqlDialect, filter: CaseFilter, now: Date): (eb: Eb) => Expression<SqlBool> {
  const opened = openedRange(filter)
  const mine = filter.mine ? requireAccountUnit(filter, 'mine') : undefined
  const nowIso = now.toISOString()
  return (eb) => {
    const all: Expression<SqlBool>[] = []
    if (filter.status) all.push(eb('status', '=', filter.status))
    if (filter.level) all.push(eb('level', '=', filter.level))
    if (filter.drill !== undefined) all.push(eb('drill', '=', filter.drill ? 1 : 0))
    if (filter.supervised !== undefined) all.push(eb('supervised', '=', filter.supervised ? 1 : 0))
    if (filter.unit_id) all.push(eb.or([eb('unit_id', '=', filter.unit_id), eb('lead_unit_id', '=', filter.unit_id)]))
    if (filter.city) {
      const city = filter.city
      all.push(sql<SqlBool>`cases.unit_id in (with recursive sub(id) as (select cast(${city} as text) union select u.id from units u join sub on u.parent_id = sub.id) select id from sub)`)
    }
    if (filter.q) {
      const like = likePattern(filter.q)
      all.push(
        sql<SqlBool>`(${d.likeText(sql.ref('cases.title'), like)} or exists (select 1 from units u where u.id in (cases.unit_id, cases.lead_unit_id) and ${d.likeText(sql.ref('u.name'), like)}))`,
      )
    }
    if (mine) all.push(sql<SqlBool>`(cases.unit_id = ${mine} or ${latestForward(d, 'unit')} = ${mine})`)
    if (filter.awaiting_ack !== undefined) {
      // Every 签收 after a 转办 meets its clock, so the latest 转办's clock (the one starting at or after it) is the one that counts.
      const awaiting = sql<SqlBool>`(cases.status != 'closed' and exists (select 1 from case_deadlines d where d.case_id = cases.id and d.kind = 'acknowledgement' and d.met_at is null and d.starts_at >= ${latestForward(d, 'at')})${
        filter.account_unit ? sql` and ${latestForward(d, 'unit')} = ${filter.account_unit}` : sql``
      })`
      all.push(filter.awaiting_ack ? awaiting : eb.not(awaiting))
    }
    if (opened.from) all.push(eb('created_at', '>=', opened.from))
    if (opened.to) all.push(eb('created_at', '<', opened.to))
    if (filter.overdue !== undefined) {
      const overdue = unmetDeadline(eb, null, nowIso)
      all.push(filter.overdue ? overdue : eb.not(overdue))
    }
    if (filter.due_within_h !== undefined) all.push(unmetDeadline(eb, nowIso, new Date(now.getTime() + filter.due_within_h * HOUR_MS).toISOString()))
    return eb.and(all)
  }
}
