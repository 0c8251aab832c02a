import { formatCountdown, ZH_COUNTDOWN_LABELS } from '@shared/format/countdown.ts'
import { formatBeijingDateTime } from '@shared/review/format.ts'
import type { CaseKind, CaseStatus, Deadline, DeadlineKind, Level } from '@shared/types/case.ts'
import { nextDueMs } from '@shared/wall/urgency.ts'
import { csvDocument, csvLine } from '../http/index.ts'
import type { CaseSummary } from './case-read.ts'

/** The export is read by people in Excel: the same Chinese words the pages use. */
const KIND: Record<CaseKind, string> = { incident: '突发事件', opinion: '政务舆情' }
const LEVEL: Record<Level, string> = { I: 'Ⅰ级', II: 'Ⅱ级', III: 'Ⅲ级', IV: 'Ⅳ级' }
const STATUS: Record<CaseStatus, string> = { new: '新建', assessing: '研判', responding: '回应', handling: '处置', closed: '已办结' }
const DEADLINE: Record<DeadlineKind, string> = {
  authoritative_info: '发布权威信息',
  press_conference: '举行新闻发布会',
  response: '回应',
  follow_up: '持续发布',
  acknowledgement: '签收',
}

const HEADER = ['编号', '事项', '类型', '级别', '状态', '第一责任主体', '牵头部门', '督办', '演练', '立案时间（北京时间）', '计时起点（北京时间）', '最近截止时限', '最近截止（北京时间）', '最近截止状态', '全部时限']

function deadlineText(d: Deadline, now: Date): string {
  return `${DEADLINE[d.kind]} 截止${formatBeijingDateTime(d.due_at)} ${formatCountdown(d, now, ZH_COUNTDOWN_LABELS).text}`
}

function row(c: CaseSummary, now: Date): (string | number)[] {
  const due = nextDueMs(c)
  const next = c.deadlines.find((d) => !d.met_at && Date.parse(d.due_at) === due)
  return [
    c.id,
    c.title,
    KIND[c.kind],
    LEVEL[c.level],
    STATUS[c.status],
    c.unit.name,
    c.lead_unit?.name ?? '',
    c.supervised ? '是' : '否',
    c.drill ? '是' : '否',
    formatBeijingDateTime(c.created_at),
    formatBeijingDateTime(c.clock_start),
    next ? DEADLINE[next.kind] : '',
    next ? formatBeijingDateTime(next.due_at) : '',
    next ? formatCountdown(next, now, ZH_COUNTDOWN_LABELS).text : '均已完成',
    c.deadlines.map((d) => deadlineText(d, now)).join('；'),
  ]
}

/** UTF-8 with a BOM and CRLF lines so Excel reads the Chinese; times in 北京时间; rows in the page's order. */
export function renderCasesCsv(cases: readonly CaseSummary[], now: Date): string {
  return csvDocument([HEADER, ...cases.map((c) => row(c, now))].map(csvLine))
}
