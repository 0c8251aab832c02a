import { describe, expect, it } from 'vitest'
import type { GroupFigures, ReviewCaseRow } from '@shared/api/review.ts'
import type { Case } from '@shared/types/case.ts'
import { addUser } from '../../../server/auth/users.ts'
import { rawFetch } from '../../helpers/auth-session.ts'
import { HOUR_MS } from '../../helpers/case-fixtures.ts'
import { fileEvent, openCase } from '../../helpers/review-fixtures.ts'
import { makeRoleWorld, PASSWORD, type RoleName, type RoleWorld } from '../../helpers/roles.ts'
import { connectSocket, nextEvent } from '../../helpers/socket-client.ts'
import { startTestApp, type TestApp } from '../../helpers/test-app.ts'

const iso = (t: number) => new Date(t).toISOString()
type Json = Record<string, unknown>

async function send(t: TestApp, w: RoleWorld, role: RoleName, method: string, path: string, body: unknown): Promise<{ status: number; body: Case & { code?: string; message?: string } }> {
  const res = await rawFetch(`${t.baseUrl}${path}`, { method, headers: { ...w.headers(role, method), 'content-type': 'application/json' }, body: JSON.stringify(body) })
  return { status: res.status, body: (await res.json()) as Case & { code?: string; message?: string } }
}
const post = (t: TestApp, w: RoleWorld, role: RoleName, id: number, body: Json) => send(t, w, role, 'POST', `/api/cases/${id}/events`, body)
const patch = (t: TestApp, w: RoleWorld, role: RoleName, id: number, body: Json) => send(t, w, role, 'PATCH', `/api/cases/${id}`, body)
async function read(t: TestApp, w: RoleWorld, id: number): Promise<Case> {
  return (await (await rawFetch(`${t.baseUrl}/api/cases/${id}`, { headers: w.headers('admin') })).json()) as Case
}
async function review(t: TestApp, from: number): Promise<{ groups: GroupFigures[]; cases: ReviewCaseRow[]; totals: GroupFigures }> {
  const res = await rawFetch(`${t.baseUrl}/api/review/timeliness?from=${iso(from)}&to=${iso(Date.now() + 60 * 24 * HOUR_MS)}&by=unit`, { headers: t.as(t.admin) })
  return (await res.json()) as { groups: GroupFigures[]; cases: ReviewCaseRow[]; totals: GroupFigures }
}

describe('case actions from the case page (issue #14): 督办, 演练, 改派, clock start, notes, 退回, 延期', () => {
  it('督办 and 演练 are set and cleared by the office only, each change on the timeline with who and before/after; a drill leaves the review', async () => {
    const t = await startTestApp()
    const w = await makeRoleWorld(t)
    const id = w.lixia.id
    for (const role of ['unit', 'reviewer', 'display'] as const) expect((await patch(t, w, role, id, { supervised: true })).status, role).toBe(403)
    const on = await patch(t, w, 'operator', id, { supervised: true, drill: true })
    expect(on.status).toBe(200)
    expect(on.body).toMatchObject({ supervised: true, drill: true })
    const off = await patch(t, w, 'operator', id, { supervised: false })
    expect(off.body).toMatchObject({ supervised: false, drill: true })
    const updates = off.body.timeline.filter((e) => e.type === 'updated')
    expect(updates.map((e) => [e.actor, e.changes])).toEqual([
      ['operator', { supervised: [false, true], drill: [false, true] }],
      ['operator', { supervised: [true, false] }],
    ])
    // The drill's deadlines leave the review; the other case's stay.
    const r = await review(t, Date.now() - 10 * 24 * HOUR_MS)
    expect(r.cases.map((c) => c.id)).toEqual([w.qingdao.id])
    await patch(t, w, 'operator', id, { drill: false })
    expect((await review(t, Date.now() - 10 * 24 * HOUR_MS)).cases.map((c) => c.id).sort()).toEqual([w.lixia.id, w.qingdao.id].sort())
  })

  it('改派 needs a reason, is audited, moves the open deadlines to the new unit and leaves a deadline already missed with the unit that missed it', async () => {
    const t = await startTestApp()
    const w = await makeRoleWorld(t)
    // An open case (response due in 47 h) and one whose 48 h already ran out at 历下区.
    const missed = await openCase(t.baseUrl, { title: '历下区一路段积水', unit_id: '370102', clock_start: iso(Date.now() - 50 * HOUR_MS) })
    for (const id of [w.lixia.id, missed]) {
      for (const change of [{ unit_id: '370100-yjj' }, { lead_unit_id: '370100' }, { cooperating_unit_ids: ['370102'] }, { unit_id: '370100-yjj', note: '   ' }]) {
        const refused = await patch(t, w, 'operator', id, change)
        expect([refused.status, refused.body.code], JSON.stringify(change)).toEqual([400, 'YQ_ERR_REASON_REQUIRED'])
      }
      expect((await read(t, w, id)).unit.id).toBe('370102')
      const moved = await patch(t, w, 'operator', id, { unit_id: '370100-yjj', lead_unit_id: '370100', cooperating_unit_ids: ['370102'], note: '涉及全市应急资源调度' })
      expect(moved.status).toBe(200)
      const entry = moved.body.timeline.find((e) => e.type === 'updated')!
      expect(entry).toMatchObject({ actor: 'operator', note: '涉及全市应急资源调度', changes: { unit_id: ['370102', '370100-yjj'], lead_unit_id: [null, '370100'], cooperating_unit_ids: [[], ['370102']] } })
      expect(moved.body).toMatchObject({ unit: { id: '370100-yjj' }, lead_unit: { id: '370100' }, cooperating_units: [{ id: '370102' }] })
    }
    expect((await read(t, w, w.lixia.id)).deadlines.map((d) => [d.kind, d.state, d.unit_id])).toEqual([['response', 'pending', '370100-yjj']])
    expect((await read(t, w, missed)).deadlines.map((d) => [d.kind, d.state, d.unit_id])).toEqual([['response', 'overdue', '370102']])
    // An unknown unit is refused and changes nothing.
    const unknown = await patch(t, w, 'operator', missed, { unit_id: 'nowhere', note: '试试' })
    expect(unknown.body.code).toBe('YQ_ERR_UNKNOWN_UNIT')
    expect((await read(t, w, missed)).unit.id).toBe('370100-yjj')
  })

  it('the clock start moves only earlier, with a reason, every deadline recomputed from it and the move on the timeline', async () => {
    const t = await startTestApp()
    const w = await makeRoleWorld(t)
    const id = w.lixia.id
    const start = Date.parse(w.lixia.clock_start)
    expect((await patch(t, w, 'operator', id, { clock_start: iso(start - 2 * HOUR_MS) })).body.code).toBe('YQ_ERR_BAD_CLOCK_START')
    expect((await patch(t, w, 'operator', id, { clock_start: iso(start + 60_000), clock_start_reason: '晚点' })).body.code).toBe('YQ_ERR_BAD_CLOCK_START')
    expect((await patch(t, w, 'operator', id, { clock_start: 'yesterday', clock_start_reason: '群众来电' })).status).toBe(400)
    expect((await patch(t, w, 'unit', id, { clock_start: iso(start - 2 * HOUR_MS), clock_start_reason: '群众来电' })).status).toBe(403)
    const moved = await patch(t, w, 'operator', id, { clock_start: iso(start - 2 * HOUR_MS), clock_start_reason: '群众来电早于网络发现' })
    expect(moved.status).toBe(200)
    expect(moved.body.clock_start).toBe(iso(start - 2 * HOUR_MS))
    expect(moved.body.deadlines[0]!.due_at).toBe(iso(start - 2 * HOUR_MS + 48 * HOUR_MS))
    expect(moved.body.timeline.find((e) => e.type === 'clock_moved')).toMatchObject({ from: iso(start), to: iso(start - 2 * HOUR_MS), reason: '群众来电早于网络发现', actor: 'operator' })
  })

  it('备注 is filed by any account, needs text, and never reaches a kiosk by REST or socket', async () => {
    const t = await startTestApp()
    const w = await makeRoleWorld(t)
    const NOTE = '内部备注：区里已电话沟通，涉事人员情绪不稳'
    expect((await post(t, w, 'unit', w.lixia.id, { type: 'noted', note: '   ' })).body.code).toBe('YQ_ERR_REASON_REQUIRED')
    expect((await post(t, w, 'display', w.lixia.id, { type: 'noted', note: NOTE })).status).toBe(403)
    const kiosk = await connectSocket(t.baseUrl, { auth: { token: w.display.secret } })
    const atKiosk = nextEvent(kiosk, 'case:updated', (e) => e.data.id === w.lixia.id)
    const filed = await post(t, w, 'unit', w.lixia.id, { type: 'noted', note: NOTE })
    expect(filed.status).toBe(201)
    expect(filed.body.timeline.at(-1)).toMatchObject({ type: 'noted', note: NOTE, actor: 'lixia' })
    expect(filed.body.status).toBe(w.lixia.status)
    expect((await post(t, w, 'reviewer', w.lixia.id, { type: 'noted', note: '考核组意见：回应口径需统一' })).status).toBe(201)
    expect(JSON.stringify(await atKiosk)).not.toContain('内部备注')
    const asKiosk = await (await rawFetch(`${t.baseUrl}/api/cases/${w.lixia.id}`, { headers: w.headers('display') })).text()
    expect(asKiosk).not.toContain('内部备注')
    expect(asKiosk).not.toContain('考核组意见')
  })

  it('退回: only the receiving unit (or the office for it) returns a 转办, with a reason; the forwarding unit is responsible again and the review shows it', async () => {
    const t = await startTestApp()
    const w = await makeRoleWorld(t)
    await addUser(t.app.db, { username: 'shizhong', password: PASSWORD, role: 'unit', unit_id: '370103' }, 'test')
    const other = await t.login('shizhong', PASSWORD)
    const start = Date.now() - 3 * HOUR_MS
    const id = await openCase(t.baseUrl, { title: '历下区一工地夜间施工扰民', unit_id: '370100-yjj', clock_start: iso(start) })
    expect((await post(t, w, 'unit', id, { type: 'returned', reason: '不归我管' })).status).toBe(404)
    await fileEvent(t.baseUrl, id, 'forwarded', iso(Date.now() - 20 * 60_000), { unit_id: '370102' })
    // 1. Another unit may not; a return needs a reason; refused input changes nothing.
    const byOther = await rawFetch(`${t.baseUrl}/api/cases/${id}/events`, { method: 'POST', headers: { ...t.as(other, 'POST'), 'content-type': 'application/json' }, body: JSON.stringify({ type: 'returned', reason: '不归我管' }) })
    expect(byOther.status).toBe(404)
    expect((await post(t, w, 'unit', id, { type: 'returned' })).body.code).toBe('YQ_ERR_REASON_REQUIRED')
    expect((await post(t, w, 'reviewer', id, { type: 'returned', reason: '不归我管' })).status).toBe(403)
    expect((await read(t, w, id)).unit.id).toBe('370102')
    // 2. 历下区 returns it: 济南市应急管理局 answers for the case again; the return closed 历下区's 签收 clock.
    const back = await post(t, w, 'unit', id, { type: 'returned', reason: '涉事工地属市级重点工程，由市住建部门监管' })
    expect(back.status).toBe(201)
    expect(back.body.unit.id).toBe('370100-yjj')
    expect(back.body.timeline.at(-1)).toMatchObject({ type: 'returned', unit_id: '370100-yjj', previous_unit_id: '370102', reason: '涉事工地属市级重点工程，由市住建部门监管', actor: 'lixia' })
    expect(back.body.deadlines.map((d) => [d.kind, d.state, d.unit_id])).toEqual([
      ['response', 'pending', '370100-yjj'],
      ['acknowledgement', 'met', '370102'],
    ])
    // 3. Twice is refused, in Chinese words the page shows.
    const again = await post(t, w, 'unit', id, { type: 'returned', reason: '再退' })
    expect([again.status, again.body.code, again.body.message]).toEqual([409, 'YQ_ERR_RETURN_REFUSED', '本事项的转办已经退回'])
    // 4. A case forwarded by 国办 has no unit here to go back to.
    const fromState = await openCase(t.baseUrl, { title: '国办转办：历下区某小区供暖不热', unit_id: '370102', clock_start: iso(start), origin: 'provincial_office_forward' })
    expect((await post(t, w, 'unit', fromState, { type: 'returned', reason: '不归我管' })).body.code).toBe('YQ_ERR_RETURN_REFUSED')
    // 5. The review lists the return on 历下区's row, and 历下区 is no longer awaited for 签收.
    const r = await review(t, start - HOUR_MS)
    const row = r.cases.find((c) => c.id === id && c.unit_id === '370102')!
    expect(row.returns).toEqual([{ at: back.body.timeline.at(-1)!.at, to_unit_id: '370100-yjj', to_unit_name: '济南市应急管理局', reason: '涉事工地属市级重点工程，由市住建部门监管' }])
    const awaiting = (await (await rawFetch(`${t.baseUrl}/api/cases?awaiting_ack=true`, { headers: w.headers('unit') })).json()) as { cases: Case[] }
    expect(awaiting.cases.map((c) => c.id)).not.toContain(id)
  })

  it('延期申请: a unit asks for its own open deadline with a reason; the office approves or refuses; the approved time is the due time, the original kept, and the review says who extended it', async () => {
    const t = await startTestApp()
    const w = await makeRoleWorld(t)
    const id = w.lixia.id
    const due = w.lixia.deadlines[0]!.due_at
    const to = iso(Date.parse(due) + 24 * HOUR_MS)
    const ask = (role: RoleName, body: Json) => post(t, w, role, id, { type: 'extension_requested', deadline_kind: 'response', deadline_index: 0, ...body })
    // 1. Hostile or broken requests, each refused with its reason and nothing written.
    expect((await ask('unit', { to })).body.code).toBe('YQ_ERR_REASON_REQUIRED')
    expect((await ask('unit', { to: iso(Date.parse(due) - HOUR_MS), reason: '需要会商' })).body.message).toBe('申请延至的时间须晚于现在的截止时间')
    expect((await ask('unit', { to: iso(Date.parse(due) + 31 * 24 * HOUR_MS), reason: '需要会商' })).body.message).toBe('一次最多申请延期30天')
    expect((await ask('unit', { to: 'tomorrow', reason: '需要会商' })).body.code).toBe('YQ_ERR_BAD_CASE_EVENT')
    expect((await ask('unit', { deadline_kind: 'press_conference', to, reason: '需要会商' })).body.message).toBe('本事项没有这项时限')
    expect((await ask('unit', { deadline_kind: 'bogus', to, reason: '需要会商' })).body.code).toBe('YQ_ERR_BAD_CASE_EVENT')
    expect((await ask('reviewer', { to, reason: '需要会商' })).status).toBe(403)
    expect((await read(t, w, id)).timeline.filter((e) => e.type.startsWith('extension'))).toEqual([])
    // 2. The unit asks; a second request for the same deadline waits for the first.
    const asked = await ask('unit', { to, reason: '需会同住建部门现场核查' })
    expect(asked.status).toBe(201)
    const request = asked.body.timeline.at(-1)!
    expect(request).toMatchObject({ type: 'extension_requested', deadline_kind: 'response', deadline_index: 0, from: due, to, reason: '需会同住建部门现场核查', actor: 'lixia' })
    expect((await ask('unit', { to, reason: '再申请' })).body.message).toBe('这项时限已有待审批的延期申请')
    expect(asked.body.deadlines[0]!.due_at).toBe(due)
    // 3. Only the office decides; a refusal needs its reason; an unknown request is refused.
    const decide = (role: RoleName, body: Json) => post(t, w, role, id, { type: 'extension_decided', request_id: request.id, ...body })
    expect((await decide('unit', { decision: 'approved' })).status).toBe(403)
    expect((await decide('operator', { decision: 'refused' })).body.code).toBe('YQ_ERR_REASON_REQUIRED')
    expect((await decide('operator', { decision: 'maybe' })).body.code).toBe('YQ_ERR_BAD_CASE_EVENT')
    expect((await decide('operator', { decision: 'approved', request_id: request.id + 100 })).body.code).toBe('YQ_ERR_BAD_EXTENSION')
    const approved = await decide('operator', { decision: 'approved' })
    expect(approved.status).toBe(201)
    expect(approved.body.deadlines[0]).toMatchObject({ kind: 'response', due_at: to, original_due_at: due, extended_by: 'operator', state: 'pending' })
    expect(approved.body.timeline.at(-1)).toMatchObject({ type: 'extension_decided', decision: 'approved', request_id: request.id, to, actor: 'operator' })
    expect((await decide('operator', { decision: 'approved' })).body.message).toBe('没有这项待审批的延期申请（可能已审批）')
    // 4. A refused request changes no deadline.
    const second = await ask('unit', { to: iso(Date.parse(to) + 24 * HOUR_MS), reason: '仍需核查' })
    const refused = await post(t, w, 'admin', id, { type: 'extension_decided', request_id: second.body.timeline.at(-1)!.id, decision: 'refused', reason: '48小时内须先行回应' })
    expect(refused.status).toBe(201)
    expect(refused.body.deadlines[0]).toMatchObject({ due_at: to, original_due_at: due, extended_by: 'operator' })
    // 5. The review shows the extended deadline with its original due time and who approved.
    const r = await review(t, Date.now() - 2 * 24 * HOUR_MS)
    expect(r.cases.find((c) => c.id === id)!.deadlines[0]).toMatchObject({ kind: 'response', due_at: to, outcome: 'pending', extension: { original_due_at: due, by: 'operator' } })
  })

  it('延期申请 is refused once the deadline has fallen due, and for a deadline another unit answers for', async () => {
    const t = await startTestApp()
    const w = await makeRoleWorld(t)
    const late = await openCase(t.baseUrl, { title: '历下区一路段积水', unit_id: '370102', clock_start: iso(Date.now() - 49 * HOUR_MS) })
    const body = { type: 'extension_requested', deadline_kind: 'response', to: iso(Date.now() + 24 * HOUR_MS), reason: '需要会商' }
    expect((await post(t, w, 'unit', late, body)).body.message).toBe('这项时限已经超时，超时后不能再申请延期')
    // Claiming an earlier time does not help: the request counts when it is recorded.
    expect((await post(t, w, 'unit', late, { ...body, at: iso(Date.now() - 2 * HOUR_MS) })).body.message).toBe('这项时限已经超时，超时后不能再申请延期')
    // 历下区 forwarded its case to 济南市应急管理局: it still sees the case, but the running response clock is no longer its own.
    const away = await openCase(t.baseUrl, { title: '历下区一化工企业异味', unit_id: '370102', clock_start: iso(Date.now() - HOUR_MS) })
    await fileEvent(t.baseUrl, away, 'forwarded', iso(Date.now() - 10 * 60_000), { unit_id: '370100-yjj' })
    expect((await post(t, w, 'unit', away, body)).body.message).toBe('只能为本单位承担的时限申请延期')
    // The office may ask on the unit's behalf.
    expect((await post(t, w, 'operator', away, { ...body, to: iso(Date.now() + 72 * HOUR_MS) })).status).toBe(201)
    expect((await post(t, w, 'unit', w.qingdao.id, body)).status).toBe(404)
  })

  it('a reviewer files the flag the matrix allows, and only that: the route and the matrix agree', async () => {
    const t = await startTestApp()
    const w = await makeRoleWorld(t)
    const flagged = await post(t, w, 'reviewer', w.lixia.id, { type: 'flagged', flag: 'late_report', note: '报送滞后' })
    expect(flagged.status).toBe(201)
    expect(flagged.body.timeline.at(-1)).toMatchObject({ type: 'flagged', flag: 'late_report', actor: 'reviewer' })
    for (const type of ['response', 'closed', 'forwarded', 'extension_decided']) expect((await post(t, w, 'reviewer', w.lixia.id, { type })).status, type).toBe(403)
  })
})
