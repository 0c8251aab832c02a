import { formatBeijingDateTime, formatRate } from '@shared/review/format.ts'
import type { BulletinChange, BulletinCheckRow, BulletinExtensionRow, BulletinFigures, BulletinLateRow, BulletinReturnRow } from '@shared/review/bulletin.ts'

/** What a bulletin prints: its figures, its late list and, once issued, its version and the changes from the previous one. */
export interface BulletinDocument {
  figures: BulletinFigures
  late: BulletinLateRow[]
  /** 不定期检查不合格; absent from bulletins issued before checks were counted. */
  failed_checks?: BulletinCheckRow[]
  /** 退回 and approved 延期 of the period; absent from bulletins issued before they were listed. */
  returns?: BulletinReturnRow[]
  extensions?: BulletinExtensionRow[]
}

export interface BulletinIssue {
  id: number
  version: number
  issued_at: string
  issued_by: string
  changes: BulletinChange[]
}

export const MEASURE_LABELS = { praise: '通报表扬', criticise: '通报批评', interview: '约谈整改' } as const

export const KIND_LABELS = {
  authoritative_info: '发布权威信息（5小时）',
  press_conference: '举行新闻发布会（24小时）',
  response: '回应（48小时）',
  follow_up: '持续发布',
  acknowledgement: '签收',
} as const

/** The product's one vocabulary (the client's message table says the same): 按时办结, 超时办结, 超时未办, 未到期. */
export const OUTCOME_LABELS = { met: '按时办结', met_late: '超时办结', overdue: '超时未办', pending: '未到期' } as const

/** What an irregular check looked at (the client's message table says the same). */
export const ASPECT_LABELS = { timeliness: '回应时效', response_content: '回应内容', public_link: '回应链接', disposal: '处置情况', reporting: '报送情况' } as const

/** Beside a due time an approved 延期 moved. */
export const extendedFrom = (originalDueAt: string): string => `已延期，原截止 ${formatBeijingDateTime(originalDueAt)}`

/** In place of a rank, for a unit with nothing counted in the period. */
export const UNRANKED_LABEL = '无应办事项'

/** An overdue deadline may have been met after the period: the bulletin states how it stood at the period's end. */
export const NOT_MET_LABEL = '截至统计时点未办理'

/** The names of the changed figures, in Chinese, for the version note. */
const FIELD_LABELS: Record<string, string> = {
  cases: '事项数',
  due: '应办时限',
  met_on_time: OUTCOME_LABELS.met,
  met_late: OUTCOME_LABELS.met_late,
  overdue: OUTCOME_LABELS.overdue,
  pending: OUTCOME_LABELS.pending,
  flags_total: '问题标记',
  checks_failed: '检查不合格',
  returns: '退回',
  extensions: '延期',
  on_time_rate: '按时率',
  measure: '处理意见',
  policy: '评定规则',
}

export function describeChange(c: BulletinChange, unitNames: ReadonlyMap<string, string>): string {
  const value = (v: unknown): string => {
    if (v === null || v === undefined) return '无'
    if (typeof v === 'number') return String(v)
    if (typeof v === 'string') return v in MEASURE_LABELS ? MEASURE_LABELS[v as keyof typeof MEASURE_LABELS] : v
    return '（见规则）'
  }
  if (c.what.startsWith('totals.')) return `合计${FIELD_LABELS[c.what.slice(7)] ?? c.what}：${value(c.before)} → ${value(c.after)}`
  if (c.what === 'policy') return '评定规则已调整'
  const [, id, field] = c.what.split(' ')
  const name = unitNames.get(id ?? '') ?? id
  if (field === undefined) return `${name}：${c.before === 'absent' ? '新列入' : '不再列入'}`
  const show = (v: unknown) => (field === 'on_time_rate' ? formatRate(v as number | null) : value(v))
  return `${name}${FIELD_LABELS[field] ?? field}：${show(c.before)} → ${show(c.after)}`
}
