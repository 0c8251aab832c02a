import { formatBeijingDateTime, formatDurationZh, formatRateWithCounts } from '@shared/review/format.ts'
import { csvDocument, csvLine } from '../http/index.ts'
import { ASPECT_LABELS, extendedFrom, KIND_LABELS, MEASURE_LABELS, NOT_MET_LABEL, OUTCOME_LABELS, UNRANKED_LABEL, type BulletinDocument, type BulletinIssue } from './document.ts'

const O = OUTCOME_LABELS

const line = csvLine

/** A due time, with the one it replaced when an approved 延期 moved it. */
const dueCell = (d: { due_at: string; original_due_at?: string }): string => (d.original_due_at ? `${formatBeijingDateTime(d.due_at)}（${extendedFrom(d.original_due_at)}）` : formatBeijingDateTime(d.due_at))

/** UTF-8 with a BOM and CRLF lines, so Excel opens the Chinese text correctly. Six blocks separated by a blank line. */
export function renderBulletinCsv(d: BulletinDocument, issue: BulletinIssue | null): string {
  const f = d.figures
  const t = f.totals
  const lines = [
    line(['统计期间起（北京时间）', '统计期间止（北京时间，不含）', '统计截至（北京时间）', '版本', '事项数', '应办时限', O.met, O.met_late, O.overdue, `${O.pending}（不计入）`, '按时率', '问题标记', '检查不合格', '退回', '延期']),
    line([formatBeijingDateTime(f.from), formatBeijingDateTime(f.to), formatBeijingDateTime(f.as_of), issue ? issue.version : '未印发', t.cases, t.due, t.met_on_time, t.met_late, t.overdue, t.pending, formatRateWithCounts({ ...t, counted: t.due }), t.flags_total, t.checks_failed ?? 0, t.returns ?? 0, t.extensions ?? 0]),
    '',
    line(['排名', '单位编码', '单位', '事项数', '应办时限', O.met, O.met_late, O.overdue, '按时率', '问题标记', '检查不合格', '退回', '延期', '处理意见']),
    ...f.ranking.map((r) => line([r.rank, r.unit_id, r.unit_name, r.cases, r.due, r.met_on_time, r.met_late, r.overdue, formatRateWithCounts({ ...r, counted: r.due }), r.flags_total, r.checks_failed ?? 0, r.returns ?? 0, r.extensions ?? 0, r.measure ? MEASURE_LABELS[r.measure] : ''])),
    // Units with nothing counted are listed after the ranking without a rank (无应办事项).
    ...(f.unranked ?? []).map((r) => line([UNRANKED_LABEL, r.unit_id, r.unit_name, r.cases, r.due, r.met_on_time, r.met_late, r.overdue, formatRateWithCounts({ ...r, counted: r.due }), r.flags_total, r.checks_failed ?? 0, r.returns ?? 0, r.extensions ?? 0, r.measure ? MEASURE_LABELS[r.measure] : ''])),
    '',
    line(['事项编号', '事项', '责任单位', '时限', '截止时间（北京时间）', '办理时间（北京时间）', '情形', '超出']),
    ...d.late.map((l) => line([l.case_id, l.title, l.unit_name, KIND_LABELS[l.kind], dueCell(l), l.met_at ? formatBeijingDateTime(l.met_at) : NOT_MET_LABEL, OUTCOME_LABELS[l.outcome], formatDurationZh(l.late_ms)])),
    '',
    line(['检查编号', '事项编号', '事项', '责任单位', '检查时间（北京时间）', '检查内容', '不合格原因']),
    ...(d.failed_checks ?? []).map((c) => line([c.check_id, c.case_id, c.title, c.unit_name, formatBeijingDateTime(c.at), c.aspects.map((a) => ASPECT_LABELS[a]).join('、'), c.note])),
    '',
    line(['事项编号', '事项', '责任单位', '时限', '原截止时间（北京时间）', '延至（北京时间）', '批准人', '情形']),
    ...(d.extensions ?? []).map((e) => line([e.case_id, e.title, e.unit_name, KIND_LABELS[e.kind], formatBeijingDateTime(e.original_due_at), formatBeijingDateTime(e.due_at), e.by ?? '', OUTCOME_LABELS[e.outcome]])),
    '',
    line(['事项编号', '事项', '退回单位', '退回给', '退回时间（北京时间）', '退回原因']),
    ...(d.returns ?? []).map((r) => line([r.case_id, r.title, r.unit_name, r.to_unit_name, formatBeijingDateTime(r.at), r.reason])),
  ]
  return csvDocument(lines)
}
