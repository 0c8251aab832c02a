import { describe, expect, it } from 'vitest'
import type { Case } from '@shared/types/case.ts'
import { rawFetch } from '../../helpers/auth-session.ts'
import { makeRoleWorld, type RoleWorld } from '../../helpers/roles.ts'
import { connectSocket, nextEvent } from '../../helpers/socket-client.ts'
import { startTestApp, type TestApp } from '../../helpers/test-app.ts'

const NOTE = '内部意见：涉事商户与区领导有亲属关系，暂缓回应'
const REASON = '内部线索：群众电话先于网帖两小时'

async function get(t: TestApp, w: RoleWorld, role: 'display' | 'operator', path: string) {
  const res = await rawFetch(`${t.baseUrl}${path}`, { headers: w.headers(role) })
  expect(res.status).toBe(200)
  return res.json() as Promise<unknown>
}

/** What the wall shows of a case: title, level, units, deadlines and their states (not who met them). */
function wallView(c: Case) {
  return { id: c.id, title: c.title, level: c.level, status: c.status, unit: c.unit, lead_unit: c.lead_unit, deadlines: c.deadlines.map((d) => ({ ...d, met_by: null })) }
}

describe('a display token sees cases as the wall shows them', () => {
  it('GET /api/cases and /api/cases/:id give a kiosk no timeline, notes, user names or clock-start reasons; staff still get everything', async () => {
    const t = await startTestApp()
    const w = await makeRoleWorld(t)
    const patch = await rawFetch(`${t.baseUrl}/api/cases/${w.lixia.id}`, { method: 'PATCH', headers: { ...w.headers('operator', 'PATCH'), 'content-type': 'application/json' }, body: JSON.stringify({ clock_start: new Date(Date.parse(w.lixia.clock_start) - 3_600_000).toISOString(), clock_start_reason: REASON }) })
    expect(patch.status).toBe(200)
    const filed = await rawFetch(`${t.baseUrl}/api/cases/${w.lixia.id}/events`, { method: 'POST', headers: { ...w.headers('operator', 'POST'), 'content-type': 'application/json' }, body: JSON.stringify({ type: 'assessment', at: new Date().toISOString(), note: NOTE }) })
    expect(filed.status).toBe(201)
    // The operator's 回应 meets the deadline: staff see who met it, a kiosk only that it was met.
    const answered = await rawFetch(`${t.baseUrl}/api/cases/${w.lixia.id}/events`, { method: 'POST', headers: { ...w.headers('operator', 'POST'), 'content-type': 'application/json' }, body: JSON.stringify({ type: 'response', url: 'https://www.jinan.gov.cn/art/2026/12/1/art_1.html' }) })
    expect(answered.status).toBe(201)
    const full = (await get(t, w, 'operator', `/api/cases/${w.lixia.id}`)) as Case
    expect(full.deadlines.find((d) => d.kind === 'response')?.met_by).toMatchObject({ type: 'response', actor: 'operator' })
    expect(JSON.stringify(full)).toContain(NOTE)

    const one = (await get(t, w, 'display', `/api/cases/${w.lixia.id}`)) as Case
    const list = (await get(t, w, 'display', '/api/cases')) as { cases: Case[] }
    for (const body of [one, list]) {
      const text = JSON.stringify(body)
      for (const secret of [NOTE, REASON, '"operator"', '"admin"', 'news.example.cn']) expect(text, secret).not.toContain(secret)
    }
    expect(one.timeline).toEqual([])
    expect(one.deadlines.find((d) => d.kind === 'response')).toMatchObject({ state: 'met', met_by: null })
    expect(wallView(one)).toEqual(wallView(full))
    expect(list.cases.map(wallView)).toEqual(((await get(t, w, 'operator', '/api/cases')) as { cases: Case[] }).cases.map(wallView))
  })

  it('case:updated reaches a kiosk socket wall-shaped and a staff socket whole, with the same sequence number', async () => {
    const t = await startTestApp()
    const w = await makeRoleWorld(t)
    const kiosk = await connectSocket(t.baseUrl, { auth: { token: w.display.secret } })
    const staff = await connectSocket(t.baseUrl, { extraHeaders: { cookie: w.sessions.reviewer.cookie } })
    const atKiosk = nextEvent(kiosk, 'case:updated', (e) => e.data.id === w.lixia.id)
    const atStaff = nextEvent(staff, 'case:updated', (e) => e.data.id === w.lixia.id)
    const filed = await rawFetch(`${t.baseUrl}/api/cases/${w.lixia.id}/events`, { method: 'POST', headers: { ...w.headers('operator', 'POST'), 'content-type': 'application/json' }, body: JSON.stringify({ type: 'assessment', at: new Date().toISOString(), note: NOTE }) })
    expect(filed.status).toBe(201)
    const [k, s] = await Promise.all([atKiosk, atStaff])
    expect(JSON.stringify(s.data)).toContain(NOTE)
    const text = JSON.stringify(k)
    for (const secret of [NOTE, '"operator"', '"admin"', 'news.example.cn']) expect(text, secret).not.toContain(secret)
    expect(k.seq).toBe(s.seq)
    expect(wallView(k.data)).toEqual(wallView(s.data))
  })
})
