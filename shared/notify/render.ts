import { formatBeijingHm } from '../time.ts'
import type { DeadlineKind, Level } from '../types/case.ts'
import type { NotifyCause, OutgoingMessage } from './channels.ts'

/** What the outbox stores for one message; rendered when it is sent, so 剩余 is counted from then. */
export interface MessageFacts {
  cause: NotifyCause
  level: Level
  title: string
  case_id: number | null
  story_id: number | null
  /** The responsible unit (or, for an escalation, the unit that missed its clock). */
  unit_name: string | null
  deadline?: { kind: DeadlineKind; due_at: string }
  /** For escalations: why the next level is told; for 退回 and a refused 延期: the reason given. */
  reason?: string
  /** For `returned`: the unit that handed the case back. */
  returned_by?: string
  /** For `extension_decided`: the office's decision (`deadline` is then the deadline as it now stands). */
  decision?: 'approved' | 'refused'
}

export type RenderedMessage = Omit<OutgoingMessage, 'idempotencyKey'>

const LEVEL_NAMES: Record<Level, string> = { I: 'Ⅰ级', II: 'Ⅱ级', III: 'Ⅲ级', IV: 'Ⅳ级' }

export const CAUSE_NAMES: Record<NotifyCause, string> = {
  forwarded: '转办',
  due_soon: '即将超时',
  overdue: '超时',
  still_overdue: '仍超时',
  escalated: '督办升级',
  level_raised: '级别提升',
  story_major: '重大舆情线索',
  closed: '办结',
  returned: '退回',
  extension_decided: '延期审批',
}

export const DEADLINE_NAMES: Record<DeadlineKind, string> = {
  authoritative_info: '发布权威信息',
  press_conference: '举行新闻发布会',
  response: '回应',
  follow_up: '持续发布',
  acknowledgement: '签收',
}

const HOUR_MS = 3_600_000

function span(ms: number): string {
  const abs = Math.abs(ms)
  if (abs >= HOUR_MS) return `${Math.round((abs / HOUR_MS) * 10) / 10} 小时`
  return `${Math.max(1, Math.round(abs / 60_000))} 分钟`
}

/** `发布权威信息 北京时间 14:05 截止（剩余 2.5 小时）` or `…（已超时 40 分钟）`. */
function deadlineLine(d: { kind: DeadlineKind; due_at: string }, now: Date): string {
  const left = Date.parse(d.due_at) - now.getTime()
  const state = left > 0 ? `剩余 ${span(left)}` : `已超时 ${span(left)}`
  return `${DEADLINE_NAMES[d.kind]} 北京时间 ${formatBeijingHm(d.due_at)} 截止（${state}）`
}

export function messageLink(facts: Pick<MessageFacts, 'case_id' | 'story_id'>, baseUrl: string): string {
  const base = baseUrl.replace(/\/+$/, '')
  if (facts.case_id !== null) return `${base}/cases/${facts.case_id}`
  return `${base}/triage?story=${facts.story_id ?? ''}`
}

/** Cuts to `max` characters with an ellipsis, never mid surrogate pair. */
export function cut(text: string, max: number): string {
  const chars = [...text]
  if (chars.length <= max) return text
  return `${chars.slice(0, Math.max(0, max - 1)).join('')}…`
}

/** One message in Chinese: 【Ⅱ级·转办】标题 / 责任单位 / 时限 / 签收 link. */
export function renderMessage(facts: MessageFacts, baseUrl: string, now: Date): RenderedMessage {
  const link = messageLink(facts, baseUrl)
  const title = `【${LEVEL_NAMES[facts.level]}·${CAUSE_NAMES[facts.cause]}】${facts.title}`
  const lines: [string, string][] = []
  if (facts.unit_name) lines.push([facts.cause === 'escalated' ? '未按时办理单位' : '责任单位', facts.unit_name])
  if (facts.returned_by) lines.push(['退回单位', facts.returned_by])
  if (facts.decision) lines.push(['审批结果', facts.decision === 'approved' ? '批准延期' : '不批准延期'])
  if (facts.deadline) lines.push(['时限', deadlineLine(facts.deadline, now)])
  if (facts.reason) lines.push(['原因', facts.reason])
  const action = facts.cause === 'forwarded' || facts.deadline?.kind === 'acknowledgement' ? '签收' : '查看'
  lines.push([action, link])
  const text = [title, ...lines.map(([k, v]) => `${k}：${v}`)].join('\n')
  const markdown = [`### ${title}`, ...lines.map(([k, v]) => (v === link ? `[${action}](${link})` : `- ${k}：${v}`))].join('\n')
  return { title, text, markdown, link }
}

/**
 * Several messages held back for one channel, merged into as few digests as fit `maxChars`
 * each (never dropped): returns the parts, each listing which of the inputs it carries, in order.
 * A single message longer than a whole part is cut to fit.
 */
export function renderDigest(messages: readonly RenderedMessage[], maxChars: number): { message: RenderedMessage; members: number[] }[] {
  const header = (n: number, k: number, m: number) => `【预警汇总】${n} 条${m > 1 ? `（第 ${k}/${m} 部分）` : ''}`
  // Room for the longest header this digest can need.
  const room = Math.max(20, maxChars - header(messages.length, 999, 999).length - 2)
  const groups: number[][] = []
  let used = room + 1
  messages.forEach((m, i) => {
    const size = Math.min([...m.text].length, room) + 2
    if (used + size > room) {
      groups.push([])
      used = 0
    }
    groups[groups.length - 1]!.push(i)
    used += size
  })
  return groups.map((members, k) => {
    const title = header(members.length, k + 1, groups.length)
    const parts = members.map((i) => cut(messages[i]!.text, room))
    const mdParts = members.map((i) => cut(messages[i]!.markdown, room))
    return {
      members,
      message: { title, text: [title, ...parts].join('\n\n'), markdown: [`## ${title}`, ...mdParts].join('\n\n'), link: messages[members[0]!]!.link },
    }
  })
}
