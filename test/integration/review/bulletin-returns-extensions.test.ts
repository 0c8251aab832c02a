import { describe, expect, it } from 'vitest'
import { formatBeijingDateTime } from '@shared/review/format.ts'
import type { Case } from '@shared/types/case.ts'
import { api } from '../../helpers/case-fixtures.ts'
import { fileEvent, openCase, seeded, startReviewApp } from '../../helpers/review-fixtures.ts'

const H = 3_600_000
const DAY = 24 * H
const iso = (t: number) => new Date(t).toISOString()

interface Group {
  key: string
  returns: number
  extensions: number
}

describe('the 通报 shows 退回 and 延期 per unit (issue #14)', () => {
  it('counts each unit\'s 退回 and approved 延期, lists both, and prints an extended deadline beside the due time it moved, in the review, the HTML and the CSV', async () => {
    const { baseUrl } = await startReviewApp(seeded(3))
    const now = Date.now()
    const period = `from=${encodeURIComponent(iso(now - 3 * DAY))}&to=${encodeURIComponent(iso(now + 4 * DAY))}`

    // 历下区 asks for a 延期 of its 回应 (due in 8 h), the office approves it, and it answers.
    const own = await openCase(baseUrl, { title: '历下区芙蓉街商户占道经营', unit_id: '370102', clock_start: iso(now - 40 * H) })
    const before = (await api<Case>(baseUrl, 'GET', `/api/cases/${own}`)).body.deadlines.find((d) => d.kind === 'response')!
    const to = iso(Date.parse(before.due_at) + DAY)
    const asked = await api<Case>(baseUrl, 'POST', `/api/cases/${own}/events`, { type: 'extension_requested', deadline_kind: 'response', deadline_index: 0, to, reason: '需会同住建部门现场核查' })
    const requestId = asked.body.timeline.find((e) => e.type === 'extension_requested')!.id
    expect((await api(baseUrl, 'POST', `/api/cases/${own}/events`, { type: 'extension_decided', request_id: requestId, decision: 'approved' })).status).toBe(201)
    await fileEvent(baseUrl, own, 'response', iso(Date.now()), { url: 'https://www.jinan.gov.cn/art/2026/12/1/art_1.html' })

    // A case 济南市应急管理局 forwarded to 历下区, which returns it.
    const forwarded = await openCase(baseUrl, { title: '历下区一工地夜间施工扰民', unit_id: '370100-yjj', clock_start: iso(now - 2 * H) })
    await fileEvent(baseUrl, forwarded, 'forwarded', iso(now - 10 * 60_000), { unit_id: '370102' })
    expect((await api(baseUrl, 'POST', `/api/cases/${forwarded}/events`, { type: 'returned', reason: '涉事工地属市级重点工程' })).status).toBe(201)

    const review = (await api<{ groups: Group[]; totals: Group }>(baseUrl, 'GET', `/api/review/timeliness?${period}&by=unit`)).body
    expect(review.groups.find((g) => g.key === '370102')).toMatchObject({ returns: 1, extensions: 1 })
    expect(review.groups.find((g) => g.key === '370100-yjj')).toMatchObject({ returns: 0, extensions: 0 })
    expect(review.totals).toMatchObject({ returns: 1, extensions: 1 })

    const html = await (await fetch(`${baseUrl}/api/review/bulletin?${period}`)).text()
    expect(html.match(/转办退回<b data-fig="returns">(\d+)</)?.[1]).toBe('1')
    expect(html.match(/延期的时限<b data-fig="extensions">(\d+)</)?.[1]).toBe('1')
    const lixia = html.match(/<tr data-unit="370102">.*?<\/tr>/)?.[0] ?? ''
    expect(lixia.match(/data-fig="returns">(\d+)</)?.[1]).toBe('1')
    expect(lixia.match(/data-fig="extensions">(\d+)</)?.[1]).toBe('1')
    const extended = html.match(/<table class="extensions">.*?<\/table>/s)?.[0] ?? ''
    expect(extended).toContain('历下区芙蓉街商户占道经营')
    expect(extended).toContain(`<td class="nw">${formatBeijingDateTime(before.due_at)}</td><td class="nw">${formatBeijingDateTime(to)}</td><td>admin</td><td class="nw">按时办结</td>`)
    const returned = html.match(/<table class="returns">.*?<\/table>/s)?.[0] ?? ''
    expect(returned).toContain('<td class="name">济南市历下区</td><td class="name">济南市应急管理局</td>')
    expect(returned).toContain('涉事工地属市级重点工程')

    const csv = new TextDecoder().decode(new Uint8Array(await (await fetch(`${baseUrl}/api/review/bulletin?${period}&format=csv`)).arrayBuffer()).slice(3))
    const blocks = csv.split('\r\n\r\n').map((b) => b.trim().split('\r\n').map((l) => l.split(',')))
    const head = blocks[1]![0]!
    const row = blocks[1]!.find((r) => r[1] === '370102')!
    expect([row[head.indexOf('退回')], row[head.indexOf('延期')]]).toEqual(['1', '1'])
    expect(blocks[4]!.slice(1)).toEqual([[String(own), '历下区芙蓉街商户占道经营', '济南市历下区', '回应（48小时）', formatBeijingDateTime(before.due_at), formatBeijingDateTime(to), 'admin', '按时办结']])
    expect(blocks[5]![1]!.slice(0, 4)).toEqual([String(forwarded), '历下区一工地夜间施工扰民', '济南市历下区', '济南市应急管理局'])
  })

  it('a deadline missed after an approved 延期 is listed 超时未办 with its original due time beside the new one', async () => {
    const { baseUrl } = await startReviewApp(seeded(5))
    const now = Date.now()
    const id = await openCase(baseUrl, { title: '历下区一路段积水', unit_id: '370102', clock_start: iso(now - 48 * H + 8_000) })
    const d = (await api<Case>(baseUrl, 'GET', `/api/cases/${id}`)).body.deadlines.find((x) => x.kind === 'response')!
    const to = iso(Date.parse(d.due_at) + 2_000)
    const asked = await api<Case>(baseUrl, 'POST', `/api/cases/${id}/events`, { type: 'extension_requested', deadline_kind: 'response', deadline_index: 0, to, reason: '核查' })
    expect(asked.status).toBe(201)
    const requestId = asked.body.timeline.find((e) => e.type === 'extension_requested')!.id
    await api(baseUrl, 'POST', `/api/cases/${id}/events`, { type: 'extension_decided', request_id: requestId, decision: 'approved' })
    // The extended due time passes unmet: overdue, and the late list says it was extended.
    await new Promise((r) => setTimeout(r, Math.max(0, Date.parse(to) - Date.now()) + 200))
    const period = `from=${encodeURIComponent(iso(now - DAY))}&to=${encodeURIComponent(iso(Date.now()))}`
    const html = await (await fetch(`${baseUrl}/api/review/bulletin?${period}`)).text()
    const late = html.match(/<table class="late">.*?<\/table>/s)?.[0] ?? ''
    expect(late).toContain(`${formatBeijingDateTime(to)}<br><span class="ext">（已延期，原截止 ${formatBeijingDateTime(d.due_at)}）</span>`)
  })
})
