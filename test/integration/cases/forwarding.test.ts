import { describe, expect, it } from 'vitest'
import type { Case } from '@shared/types/case.ts'
import { addUser } from '../../../server/auth/users.ts'
import { rawFetch, type Session } from '../../helpers/auth-session.ts'
import { api, HOUR_MS } from '../../helpers/case-fixtures.ts'
import { startTestApp, type TestApp } from '../../helpers/test-app.ts'

const PASSWORD = 'forwarding-password-001'

async function post(t: TestApp, session: Session, path: string, body: unknown): Promise<{ status: number; body: Case & { code?: string; message?: string } }> {
  const res = await rawFetch(`${t.baseUrl}${path}`, { method: 'POST', headers: { ...t.as(session, 'POST'), 'content-type': 'application/json' }, body: JSON.stringify(body) })
  return { status: res.status, body: (await res.json()) as Case & { code?: string; message?: string } }
}

async function unitSession(t: TestApp, username: string, unitId: string): Promise<Session> {
  await addUser(t.app.db, { username, password: PASSWORD, role: 'unit', unit_id: unitId }, 'test')
  return t.login(username, PASSWORD)
}

/** A case of 济南市应急管理局 with 济南市市中区 cooperating, forwarded (转办) by the office to 济南市历下区. */
async function forwardedCase(t: TestApp): Promise<Case> {
  const created = await api(t.baseUrl, 'POST', '/api/cases', {
    title: '历下区一商场消防通道被占',
    kind: 'opinion',
    level: 'III',
    item_ids: [],
    unit_id: '370100-yjj',
    cooperating_unit_ids: ['370103'],
    clock_start: new Date(Date.now() - 2 * HOUR_MS).toISOString(),
    clock_start_reason: '电话受理',
  })
  expect(created.status).toBe(201)
  const fwd = await api(t.baseUrl, 'POST', `/api/cases/${created.body.id}/events`, { type: 'forwarded', at: new Date().toISOString(), unit_id: '370102', note: '属地管理，转历下区办理' })
  expect(fwd.status).toBe(201)
  return fwd.body
}

describe('转办 hands the case to the receiving unit (issue #14)', () => {
  it('forwarding moves the responsible unit, keeps the previous one in the entry, and gives the 签收 clock to the receiving unit', async () => {
    const t = await startTestApp()
    const c = await forwardedCase(t)
    expect(c.unit).toEqual({ id: '370102', name: '济南市历下区' })
    expect(c.timeline.find((e) => e.type === 'forwarded')).toMatchObject({ unit_id: '370102', previous_unit_id: '370100-yjj', note: '属地管理，转历下区办理' })
    const ack = c.deadlines.find((d) => d.kind === 'acknowledgement')!
    const response = c.deadlines.find((d) => d.kind === 'response')!
    expect([ack.unit_id, ack.state]).toEqual(['370102', 'pending'])
    // The response clock was still running at the forwarding: it moves with the case.
    expect(response.unit_id).toBe('370102')
    // The unit forwarded from still sees the case (its earlier clocks count for it); 青岛 does not.
    const yjj = await unitSession(t, 'jinan-yjj', '370100-yjj')
    const qingdao = await unitSession(t, 'qingdao', '370200')
    const seen = async (s: Session) => (await rawFetch(`${t.baseUrl}/api/cases/${c.id}`, { headers: t.as(s) })).status
    expect([await seen(yjj), await seen(qingdao)]).toEqual([200, 404])
  })

  it('a 签收 by any unit but the receiving one is refused with its reason and stops no clock; the receiving unit signs', async () => {
    const t = await startTestApp()
    const c = await forwardedCase(t)
    const shizhong = await unitSession(t, 'shizhong', '370103')
    const jinan = await unitSession(t, 'jinan', '370100')
    const lixia = await unitSession(t, 'lixia', '370102')
    for (const [session, name] of [[shizhong, '济南市市中区'], [jinan, '济南市']] as const) {
      const refused = await post(t, session, `/api/cases/${c.id}/events`, { type: 'acknowledged', at: new Date().toISOString() })
      expect([refused.status, refused.body.code]).toEqual([409, 'YQ_ERR_ACK_NOT_RECEIVING_UNIT'])
      expect(refused.body.message).toBe(`${name}不是接收转办的单位，不能签收（本事项转办给济南市历下区）`)
    }
    // A unit cannot sign in another unit's name either.
    const impostor = await post(t, shizhong, `/api/cases/${c.id}/events`, { type: 'acknowledged', at: new Date().toISOString(), unit_id: '370102' })
    expect([impostor.body.code, impostor.body.message]).toEqual(['YQ_ERR_ACK_NOT_RECEIVING_UNIT', '本账号属于济南市市中区，不能以济南市历下区的名义签收'])
    const still = await api(t.baseUrl, 'GET', `/api/cases/${c.id}`)
    expect(still.body.timeline.filter((e) => e.type === 'acknowledged')).toEqual([])
    expect(still.body.deadlines.find((d) => d.kind === 'acknowledgement')!.state).toBe('pending')

    const signed = await post(t, lixia, `/api/cases/${c.id}/events`, { type: 'acknowledged', at: new Date().toISOString() })
    expect(signed.status).toBe(201)
    expect(signed.body.timeline.find((e) => e.type === 'acknowledged')).toMatchObject({ unit_id: '370102', actor: 'lixia' })
    expect(signed.body.timeline.find((e) => e.type === 'acknowledged')!.on_behalf).toBeUndefined()
    expect(signed.body.deadlines.find((d) => d.kind === 'acknowledgement')!.state).toBe('met')
  })

  it('the office signs on the receiving unit\'s behalf (代签收), recorded as such; on behalf of another unit it is refused', async () => {
    const t = await startTestApp()
    const c = await forwardedCase(t)
    const wrong = await api(t.baseUrl, 'POST', `/api/cases/${c.id}/events`, { type: 'acknowledged', at: new Date().toISOString(), unit_id: '370100-yjj' })
    expect([wrong.status, (wrong.body as unknown as { code: string }).code]).toEqual([409, 'YQ_ERR_ACK_NOT_RECEIVING_UNIT'])
    const signed = await api(t.baseUrl, 'POST', `/api/cases/${c.id}/events`, { type: 'acknowledged', at: new Date().toISOString(), note: '电话确认已签收' })
    expect(signed.status).toBe(201)
    expect(signed.body.timeline.find((e) => e.type === 'acknowledged')).toMatchObject({ unit_id: '370102', on_behalf: true, actor: 'admin' })
    expect(signed.body.deadlines.find((d) => d.kind === 'acknowledgement')!.state).toBe('met')
  })
})
