import { describe, expect, it } from 'vitest'
import { reachMark, mergeDeliveries, sortDeliveries } from '../../../client/src/features/notify/notify-format.ts'
import type { Delivery } from '../../../client/src/features/notify/notify-types.ts'
import { rulesBody, rulesDraft, rulesProblems } from '../../../client/src/features/notify/rules-form.ts'

const delivery = (id: number, status: Delivery['status'], created_at: string): Delivery => ({
  id, status, created_at, case_id: 1, case_title: 't', cause: 'overdue', recipient: 'r', channel: { id: 1, kind: 'webhook', name: 'c' },
  attempts: 1, next_attempt_at: null, sent_at: null, last_error: null, last_detail: null, story_id: null, level: 'II', idempotency_key: `k${id}`, digest_key: null,
})

describe('notification formatting and rules', () => {
  it('reachMark() reads 已通知 with the 北京时间 minute, 未送达 on failure, 未通知 when nothing was sent', () => {
    expect(reachMark({ state: 'sent', at: '2026-12-01T18:07:59.000Z' })).toEqual({ text: '已通知 02:07', tone: 'ok' })
    expect(reachMark({ state: 'failed', at: '2026-12-01T18:07:00.000Z' })).toEqual({ text: '未送达', tone: 'bad' })
    expect(reachMark({ state: 'none', at: null })).toEqual({ text: '未通知', tone: 'bad' })
    expect(reachMark(undefined)).toEqual({ text: '未通知', tone: 'bad' })
    expect(reachMark({ state: 'pending', at: null }).tone).toBe('warn')
  })

  it('sortDeliveries() puts failures first, then held, pending, sent, newest first within each; merge replaces changed rows', () => {
    const list = [delivery(1, 'sent', '2026-12-01T10:00:00Z'), delivery(2, 'failed', '2026-12-01T08:00:00Z'), delivery(3, 'pending', '2026-12-01T11:00:00Z'), delivery(4, 'failed', '2026-12-01T09:00:00Z'), delivery(5, 'held', '2026-12-01T07:00:00Z')]
    expect(sortDeliveries(list).map((d) => d.id)).toEqual([4, 2, 5, 3, 1])
    expect(mergeDeliveries(list, [delivery(4, 'sent', '2026-12-01T09:00:00Z')]).map((d) => [d.id, d.status])).toEqual([[2, 'failed'], [5, 'held'], [3, 'pending'], [1, 'sent'], [4, 'sent']])
  })

  it('rulesProblems() refuses no cause, a minimum interval that is not a whole number of minutes in 0–1440, and equal or malformed quiet hours', () => {
    const d = rulesDraft({ causes: ['forwarded', 'overdue'], min_interval_min: 30, quiet_hours: null, include_closed: false })
    expect(d).toMatchObject({ quietOn: false, quietStart: '22:00', quietEnd: '07:00', minInterval: '30' })
    expect(rulesProblems(d)).toEqual({})
    for (const bad of ['', '-1', '1.5', '1441', 'abc']) expect(rulesProblems({ ...d, minInterval: bad })).toEqual({ minInterval: 'badInterval' })
    expect(rulesProblems({ ...d, causes: [] })).toEqual({ causes: 'noCause' })
    expect(rulesProblems({ ...d, quietOn: true, quietStart: '23:00', quietEnd: '23:00' })).toEqual({ quiet: 'badQuiet' })
    expect(rulesProblems({ ...d, quietOn: true, quietStart: '24:00' })).toEqual({ quiet: 'badQuiet' })
    expect(rulesBody({ ...d, quietOn: true, minInterval: ' 15 ' })).toEqual({ causes: ['forwarded', 'overdue'], min_interval_min: 15, quiet_hours: { start: '22:00', end: '07:00' }, include_closed: false })
  })
})

describe('labels of log rows', () => {
  it('kindLabel() and causeLabel() name known kinds and causes in Chinese and show an unknown one as written', async () => {
    const { kindLabel, causeLabel } = await import('../../../client/src/features/notify/notify-format.ts')
    expect(kindLabel('dingtalk')).toBe('钉钉群机器人（加签）')
    expect(kindLabel('unknown')).toBe('unknown')
    expect(causeLabel('escalated')).toBe('逐级上报（下级未签收或超时）')
    expect(causeLabel('later_cause')).toBe('later_cause')
  })
})
