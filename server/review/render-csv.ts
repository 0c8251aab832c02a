import { formatBeijingDateTime, formatDurationZh, formatRateWithCounts } from '@shared/review/format.ts'
import { KIND_LABELS, MEASURE_LABELS, NOT_MET_LABEL, OUTCOME_LABELS, UNRANKED_LABEL, type BulletinDocument, type BulletinIssue } from './document.ts'

const O = OUTCOME_LABELS

/**
 * One CSV cell. Quoted when it holds a separator, and a leading = + - @ (or tab / CR) is
 * neutralised with an apostrophe so a hostile case title cannot run as a spreadsheet formula.
 */
export function csvCell(value: string | number): string {
  let s = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

const line = (cells: (string | number)[]): string => cells.map(csvCell).join(',')

/** UTF-8 with a BOM and CRLF lines, so Excel opens the Chinese text correctly. Three blocks separated by a blank line. */
export function renderBulletinCsv(d: BulletinDocument, issue: BulletinIssue | null): string {
  const f = d.figures
  const t = f.totals
  const lines = [
    line(['统计期间起（北京时间）', '统计期间止（北京时间，不含）', '统计截至（北京时间）', '版本', '事项数', '应办时限', O.met, O.met_late, O.overdue, `${O.pending}（不计入）`, '按时率', '问题标记']),
    line([formatBeijingDateTime(f.from), formatBeijingDateTime(f.to), formatBeijingDateTime(f.as_of), issue ? issue.version : '未印发', t.cases, t.due, t.met_on_time, t.met_late, t.overdue, t.pending, formatRateWithCounts({ ...t, counted: t.due }), t.flags_total]),
    '',
    line(['排名', '单位编码', '单位', '事项数', '应办时限', O.met, O.met_late, O.overdue, '按时率', '问题标记', '处理意见']),
    ...f.ranking.map((r) => line([r.rank, r.unit_id, r.unit_name, r.cases, r.due, r.met_on_time, r.met_late, r.overdue, formatRateWithCounts({ ...r, counted: r.due }), r.flags_total, r.measure ? MEASURE_LABELS[r.measure] : ''])),
    // Units with nothing counted are listed after the ranking without a rank (无应办事项).
    ...(f.unranked ?? []).map((r) => line([UNRANKED_LABEL, r.unit_id, r.unit_name, r.cases, r.due, r.met_on_time, r.met_late, r.overdue, formatRateWithCounts({ ...r, counted: r.due }), r.flags_total, r.measure ? MEASURE_LABELS[r.measure] : ''])),
    '',
    line(['事项编号', '事项', '责任单位', '时限', '截止时间（北京时间）', '办理时间（北京时间）', '情形', '超出']),
    ...d.late.map((l) => line([l.case_id, l.title, l.unit_name, KIND_LABELS[l.kind], formatBeijingDateTime(l.due_at), l.met_at ? formatBeijingDateTime(l.met_at) : NOT_MET_LABEL, OUTCOME_LABELS[l.outcome], formatDurationZh(l.late_ms)])),
  ]
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
