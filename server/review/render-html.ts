import { describeRule } from '@shared/review/policy.ts'
import { formatBeijingDateTime, formatBeijingDateZh, formatDurationZh, formatRate, formatRateWithCounts } from '@shared/review/format.ts'
import { CASE_FLAGS } from '@shared/types/case.ts'
import { ASPECT_LABELS, describeChange, extendedFrom, KIND_LABELS, MEASURE_LABELS, NOT_MET_LABEL, OUTCOME_LABELS, UNRANKED_LABEL, type BulletinDocument, type BulletinIssue } from './document.ts'

const O = OUTCOME_LABELS
const rateOf = (r: { on_time_rate: number | null; met_on_time: number; due: number }) => formatRateWithCounts({ ...r, counted: r.due })

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
/** Case titles come from feeds and operators: everything interpolated is escaped. */
export const esc = (s: string | number): string => String(s).replace(/[&<>"']/g, (c) => ESCAPES[c]!)

const FLAG_LABELS = { ineffective_handling: '处置不得力', improper_response: '回应不妥当', late_report: '报告不及时' } as const
const ISSUER = '山东省人民政府办公厅'

/** A4 portrait, 公文-like: red masthead, 仿宋/宋体 body, tables that do not split rows across pages. */
const STYLE = `
@page { size: A4; margin: 25mm 22mm 22mm 24mm; }
* { box-sizing: border-box; }
body { font-family: 'Noto Serif CJK SC', 'Source Han Serif SC', 'FangSong', 'SimSun', serif; font-size: 15px; line-height: 1.75; color: #111; margin: 0 auto; max-width: 820px; padding: 32px 24px; background: #fff; }
.masthead { text-align: center; color: #c00; font-size: 30px; font-weight: 700; letter-spacing: 4px; }
.docno { text-align: center; margin: 6px 0 4px; }
.redline { border: 0; border-top: 3px solid #c00; margin: 8px 0 24px; }
h1 { text-align: center; font-size: 22px; margin: 0 0 20px; line-height: 1.5; }
h2 { font-size: 16px; margin: 22px 0 8px; }
p { margin: 6px 0; text-indent: 2em; }
p.plain { text-indent: 0; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 12px; font-size: 13px; }
th, td { border: 1px solid #444; padding: 3px 6px; text-align: center; }
td.name { text-align: left; }
td.nw, th.nw { white-space: nowrap; }
table.late, table.extensions, table.returns { font-size: 12px; }
.ext { font-size: 11px; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.sign { text-align: right; margin-top: 36px; }
.version { border: 1px solid #c00; color: #c00; padding: 6px 10px; margin: 10px 0; font-size: 13px; }
.version p { text-indent: 0; }
.draft { color: #c00; text-align: center; font-weight: 700; }
@media print { body { padding: 0; max-width: none; } .noprint { display: none; } }
`

function summary(d: BulletinDocument): string {
  const t = d.figures.totals
  const flags = CASE_FLAGS.map((f) => `${FLAG_LABELS[f]}${t.flags[f]}次`).join('、')
  return `<p>统计期间，全省纳入考核的政务舆情事项<b data-fig="cases">${t.cases}</b>件，应办时限<b data-fig="due">${t.due}</b>项，其中${O.met}<b data-fig="met_on_time">${t.met_on_time}</b>项，${O.met_late}<b data-fig="met_late">${t.met_late}</b>项，${O.overdue}<b data-fig="overdue">${t.overdue}</b>项，按时率<b data-fig="on_time_rate">${rateOf(t)}</b>（目标${formatRate(d.figures.policy.on_time_target)}）；另有<b data-fig="pending">${t.pending}</b>项截至统计时点尚未到期，不计入。办理用时中位数<b data-fig="median">${formatDurationZh(t.median_ms_to_meet)}</b>，90%分位<b data-fig="p90">${formatDurationZh(t.p90_ms_to_meet)}</b>。发现${flags}，共<b data-fig="flags_total">${t.flags_total}</b>次；不定期检查不合格<b data-fig="checks_failed">${t.checks_failed ?? 0}</b>次；转办退回<b data-fig="returns">${t.returns ?? 0}</b>次，经批准延期的时限<b data-fig="extensions">${t.extensions ?? 0}</b>项。</p>`
}

function byKind(d: BulletinDocument): string {
  const rows = Object.entries(d.figures.totals.by_kind)
    .filter(([, k]) => k.due > 0)
    .map(([kind, k]) => `<tr data-kind="${kind}"><td class="name">${KIND_LABELS[kind as keyof typeof KIND_LABELS]}</td><td>${k.due}</td><td>${k.met_on_time}</td><td>${k.met_late}</td><td>${k.overdue}</td><td>${rateOf(k)}</td></tr>`)
  return `<table class="by-kind"><thead><tr><th>时限类型</th><th>应办</th><th>${O.met}</th><th>${O.met_late}</th><th>${O.overdue}</th><th>按时率</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
}

const RANK_HEAD = `<th>单位</th><th>事项</th><th>应办</th><th>${O.met}</th><th>${O.met_late}</th><th>${O.overdue}</th><th>按时率</th><th>问题标记</th><th>检查不合格</th><th>退回</th><th>延期</th><th>处理意见</th>`

function ranking(d: BulletinDocument): string {
  const cells = (r: BulletinDocument['figures']['ranking'][number] | NonNullable<BulletinDocument['figures']['unranked']>[number]) =>
    `<td class="name">${esc(r.unit_name)}</td><td>${r.cases}</td><td>${r.due}</td><td>${r.met_on_time}</td><td>${r.met_late}</td><td>${r.overdue}</td><td>${rateOf(r)}</td><td>${r.flags_total}</td><td data-fig="checks_failed">${r.checks_failed ?? 0}</td><td data-fig="returns">${r.returns ?? 0}</td><td data-fig="extensions">${r.extensions ?? 0}</td><td>${r.measure ? MEASURE_LABELS[r.measure] : ''}</td>`
  const rows = d.figures.ranking.map((r) => `<tr data-unit="${esc(r.unit_id)}"><td>${r.rank}</td>${cells(r)}</tr>`)
  const table = `<table class="ranking"><thead><tr><th>排名</th>${RANK_HEAD}</tr></thead><tbody>${rows.join('')}</tbody></table>`
  // Units with nothing counted are not ranked: a rank would compare them with units that had work due.
  const unranked = d.figures.unranked ?? []
  if (unranked.length === 0) return table
  const others = unranked.map((r) => `<tr data-unit="${esc(r.unit_id)}"><td>${UNRANKED_LABEL}</td>${cells(r)}</tr>`)
  return `${table}<p class="plain">以下单位本期无应办事项（时限均未到期或仅有问题标记），不参加排名：</p><table class="unranked"><thead><tr><th>情形</th>${RANK_HEAD}</tr></thead><tbody>${others.join('')}</tbody></table>`
}

function names(d: BulletinDocument, measure: 'praise' | 'criticise' | 'interview'): string {
  const units = [...d.figures.ranking, ...(d.figures.unranked ?? [])].filter((r) => r.measure === measure).map((r) => esc(r.unit_name))
  return units.length === 0 ? '无' : units.join('、')
}

function measures(d: BulletinDocument): string {
  const rules = d.figures.policy.measures.map((m) => `<li>${esc(describeRule(m))}</li>`).join('')
  return `<p>对所有时限均按时办结、无问题标记且检查合格的单位予以通报表扬：<span data-list="praise">${names(d, 'praise')}</span>。</p>
<p>对以下单位予以通报批评：<span data-list="criticise">${names(d, 'criticise')}</span>。</p>
<p>对以下单位予以约谈整改：<span data-list="interview">${names(d, 'interview')}</span>。</p>
<p class="plain">评定规则（按顺序取第一条适用者）：</p><ol class="rules">${rules}</ol>`
}

/** A due time, with the one it replaced when an approved 延期 moved it: the deadline is judged against the new one. */
function dueCell(d: { due_at: string; original_due_at?: string }): string {
  return d.original_due_at ? `${formatBeijingDateTime(d.due_at)}<br><span class="ext">（${extendedFrom(d.original_due_at)}）</span>` : formatBeijingDateTime(d.due_at)
}

function extensionsList(d: BulletinDocument): string {
  const rows = d.extensions ?? []
  if (rows.length === 0) return '<p>本期无经批准延期的时限。</p>'
  const body = rows.map(
    (e) =>
      `<tr data-case="${e.case_id}" data-kind="${e.kind}"><td>${e.case_id}</td><td class="name">${esc(e.title)}</td><td class="name">${esc(e.unit_name)}</td><td>${KIND_LABELS[e.kind]}</td><td class="nw">${formatBeijingDateTime(e.original_due_at)}</td><td class="nw">${formatBeijingDateTime(e.due_at)}</td><td>${esc(e.by ?? '')}</td><td class="nw">${OUTCOME_LABELS[e.outcome]}</td></tr>`,
  )
  return `<table class="extensions"><thead><tr><th class="nw">编号</th><th>事项</th><th>责任单位</th><th>时限</th><th>原截止时间</th><th>延至</th><th>批准人</th><th>情形</th></tr></thead><tbody>${body.join('')}</tbody></table>`
}

function returnsList(d: BulletinDocument): string {
  const rows = d.returns ?? []
  if (rows.length === 0) return '<p>本期无转办退回。</p>'
  const body = rows.map(
    (r) =>
      `<tr data-case="${r.case_id}"><td>${r.case_id}</td><td class="name">${esc(r.title)}</td><td class="name">${esc(r.unit_name)}</td><td class="name">${esc(r.to_unit_name)}</td><td class="nw">${formatBeijingDateTime(r.at)}</td><td class="name">${esc(r.reason)}</td></tr>`,
  )
  return `<table class="returns"><thead><tr><th class="nw">编号</th><th>事项</th><th>退回单位</th><th>退回给</th><th>退回时间</th><th>退回原因</th></tr></thead><tbody>${body.join('')}</tbody></table>`
}

function lateList(d: BulletinDocument): string {
  if (d.late.length === 0) return `<p>本期无${O.met_late}或${O.overdue}事项。</p>`
  const rows = d.late.map(
    (l) =>
      `<tr data-case="${l.case_id}" data-kind="${l.kind}"><td>${l.case_id}</td><td class="name">${esc(l.title)}</td><td class="name">${esc(l.unit_name)}</td><td>${KIND_LABELS[l.kind]}</td><td class="nw">${dueCell(l)}</td><td>${l.met_at ? formatBeijingDateTime(l.met_at) : NOT_MET_LABEL}</td><td class="nw">${OUTCOME_LABELS[l.outcome]}</td><td class="nw">${formatDurationZh(l.late_ms)}</td></tr>`,
  )
  return `<table class="late"><thead><tr><th class="nw">编号</th><th>事项</th><th>责任单位</th><th>时限</th><th>截止时间</th><th>办理时间</th><th>情形</th><th>超出</th></tr></thead><tbody>${rows.join('')}</tbody></table><p class="plain">（时间均为北京时间；${O.overdue}事项的超出时长计至统计截止时点。）</p>`
}

function failedChecks(d: BulletinDocument): string {
  const rows = d.failed_checks ?? []
  if (rows.length === 0) return '<p>本期不定期检查未发现不合格事项。</p>'
  const body = rows.map(
    (c) =>
      `<tr data-check="${c.check_id}" data-case="${c.case_id}"><td>${c.case_id}</td><td class="name">${esc(c.title)}</td><td class="name">${esc(c.unit_name)}</td><td class="nw">${formatBeijingDateTime(c.at)}</td><td>${c.aspects.map((a) => ASPECT_LABELS[a]).join('、')}</td><td class="name">${esc(c.note)}</td></tr>`,
  )
  return `<table class="checks"><thead><tr><th class="nw">编号</th><th>事项</th><th>责任单位</th><th>检查时间</th><th>检查内容</th><th>不合格原因</th></tr></thead><tbody>${body.join('')}</tbody></table>`
}

function versionNote(d: BulletinDocument, issue: BulletinIssue | null): string {
  if (!issue) return '<p class="draft noprint-hint">（未印发稿：以下数据为即时统计，印发后以存档版本为准）</p>'
  if (issue.version === 1) return ''
  const unitNames = new Map(d.figures.ranking.map((r) => [r.unit_id, r.unit_name]))
  const items = issue.changes.map((c) => `<li>${esc(describeChange(c, unitNames))}</li>`).join('')
  return `<div class="version" data-version="${issue.version}"><p><b>第${issue.version}版（更正）</b>：本版替代第${issue.version - 1}版，与上一版相比有以下变化：</p><ul class="changes">${items}</ul></div>`
}

/** The bulletin (通报) as a printable HTML document; every figure comes from the document's stored numbers. */
export function renderBulletinHtml(d: BulletinDocument, issue: BulletinIssue | null): string {
  const f = d.figures
  const lastDay = new Date(Date.parse(f.to) - 1).toISOString()
  const period = `${formatBeijingDateZh(f.from)}至${formatBeijingDateZh(lastDay)}`
  const title = `关于${period}政务舆情回应时效情况的通报`
  const date = issue ? formatBeijingDateZh(issue.issued_at) : formatBeijingDateZh(f.as_of)
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${STYLE}</style></head>
<body data-version="${issue?.version ?? 0}">
<div class="masthead">${ISSUER}</div>
<div class="docno">政务舆情回应考核通报${issue ? `（第${issue.version}版）` : ''}</div>
<hr class="redline">
<h1>${esc(title)}</h1>
${versionNote(d, issue)}
<p class="plain">各市人民政府，省政府各部门、各直属机构：</p>
<p>根据《山东省人民政府办公厅关于进一步做好政务舆情回应工作的通知》（鲁政办发〔2018〕18号）要求，省政府办公厅对${period}（北京时间${formatBeijingDateTime(f.from)}至${formatBeijingDateTime(f.to)}，不含截止时刻）各地各部门政务舆情回应时效进行了评估，统计截至${formatBeijingDateTime(f.as_of)}。现将有关情况通报如下。</p>
<h2>一、总体情况</h2>
${summary(d)}
${byKind(d)}
<h2>二、各单位按时办理情况排名</h2>
${ranking(d)}
<h2>三、表扬和批评</h2>
${measures(d)}
<h2>四、${O.met_late}及${O.overdue}事项</h2>
${lateList(d)}
<h2>五、不定期检查不合格事项</h2>
${failedChecks(d)}
<h2>六、延期和退回情况</h2>
<p class="plain">经批准延期的时限（按延期后的截止时间考核）：</p>
${extensionsList(d)}
<p class="plain">转办退回：</p>
${returnsList(d)}
<h2>七、有关要求</h2>
<p>各地各部门要严格落实属地管理、分级负责、谁主管谁负责的原则，对特别重大、重大突发事件最迟5小时内发布权威信息、24小时内举行新闻发布会，对其他政务舆情最迟48小时内予以回应。被通报批评、约谈整改的单位要认真查找原因，切实整改。</p>
<p class="plain">统计口径：截止时间在统计期间内的时限计入本期；截至统计时点已办理且不晚于截止时间的为${O.met}，晚于截止时间的为${O.met_late}，已过截止时间仍未办理的为${O.overdue}，统计时点尚未到期且未办理的为${O.pending}，不计入按时率；演练事项不计入。</p>
<div class="sign">${ISSUER}<br>${date}</div>
</body></html>`
}
