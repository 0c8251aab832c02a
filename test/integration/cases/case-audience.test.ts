import { describe, expect, it } from 'vitest'
import type { Department } from '@shared/types/department.ts'
import { addUser } from '../../../server/auth/users.ts'
import { rawFetch, sessionHeaders, type Session } from '../../helpers/auth-session.ts'
import { openCaseOn } from '../../helpers/case-fixtures.ts'
import { connectSocket } from '../../helpers/socket-client.ts'
import { startTestApp, type TestApp } from '../../helpers/test-app.ts'

const PASSWORD = 'unit-password-0001'

async function caseIdsOverHttp(t: TestApp, session: Session): Promise<number[]> {
  const res = await rawFetch(`${t.baseUrl}/api/cases`, { headers: sessionHeaders(session) })
  return ((await res.json()) as { cases: { id: number }[] }).cases.map((c) => c.id).sort((a, b) => a - b)
}

describe('a case\'s socket audience (属地)', () => {
  it('a case opened for a 历下区 department unit added after start reaches the 济南市 account\'s socket, and no other unit\'s, as GET /api/cases shows it', async () => {
    const t = await startTestApp()
    const accounts = { jinan: '370100', qingdao: '370200', zibo: '370300' } as const
    const sessions: Record<string, Session> = {}
    for (const [name, unit] of Object.entries(accounts)) {
      await addUser(t.app.db, { username: name, password: PASSWORD, role: 'unit', unit_id: unit }, 'test')
      sessions[name] = await t.login(name, PASSWORD)
    }
    const seen: Record<string, number[]> = {}
    for (const name of Object.keys(accounts)) {
      const socket = await connectSocket(t.baseUrl, { extraHeaders: { cookie: sessions[name]!.cookie } })
      seen[name] = []
      socket.on('case:created', (e) => void seen[name]!.push(e.data.id))
    }

    // 1. After start, a catalogue edit adds a department: 济南市历下区学生餐管理办公室 is a new unit.
    const catalogue = ((await (await fetch(`${t.baseUrl}/api/departments`)).json()) as { departments: Department[] }).departments
    catalogue.push({ id: 'xsc', province_name: '学生餐管理办公室', local_name: '学生餐管理办公室', levels: ['province', 'city', 'county'], terms: [{ text: '午餐', weight: 50 }], exclusions: [] })
    const put = await fetch(`${t.baseUrl}/api/departments`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ departments: catalogue }) })
    expect(put.status).toBe(200)
    const unitIds = async () => ((await (await fetch(`${t.baseUrl}/api/units`)).json()) as { units: { id: string }[] }).units.map((u) => u.id)
    await expect.poll(unitIds).toContain('370102-xsc')

    // 2. A case for the new unit, then one for each of the other accounts (socket.io keeps order per
    //    socket: once a socket has its own, it has every earlier case it was going to get).
    const lunch = await openCaseOn(t, '济南市历下区一小学午餐分量不足', '370102-xsc')
    const qingdao = await openCaseOn(t, '青岛市市南区海水浴场管理混乱', '370200')
    const zibo = await openCaseOn(t, '淄博市张店区道路积水', '370300')
    await expect.poll(() => seen.jinan).toEqual([lunch.id])
    await expect.poll(() => seen.qingdao).toEqual([qingdao.id])
    await expect.poll(() => seen.zibo).toEqual([zibo.id])

    // 3. The socket and HTTP answer the same question the same way.
    for (const name of Object.keys(accounts)) expect(await caseIdsOverHttp(t, sessions[name]!)).toEqual(seen[name])
  })
})
