import { describe, expect, it } from 'vitest'
import type { Case } from '@shared/types/case.ts'
import { addUser } from '../../../server/auth/users.ts'
import { rawFetch, type Session } from '../../helpers/auth-session.ts'
import { api, HOUR_MS } from '../../helpers/case-fixtures.ts'
import { startTestApp, type TestApp } from '../../helpers/test-app.ts'

const PASSWORD = 'claimed-time-password-01'

async function post(t: TestApp, session: Session, path: string, body: unknown): Promise<{ status: number; body: Case & { code?: string } }> {
  const res = await rawFetch(`${t.baseUrl}${path}`, { method: 'POST', headers: { ...t.as(session, 'POST'), 'content-type': 'application/json' }, body: JSON.stringify(body) })
  return { status: res.status, body: (await res.json()) as Case & { code?: string } }
}

/** A 历下区 opinion case whose clock started `ago` ms ago (48 h response clock), and the 历下区 unit's session. */
async function lateCase(t: TestApp, ago: number): Promise<{ id: number; clockStart: number; unit: Session }> {
  const clockStart = Date.now() - ago
  const created = await api(t.baseUrl, 'POST', '/api/cases', {
    title: '历下区群众反映供暖不热',
    kind: 'opinion',
    level: 'III',
    item_ids: [],
    unit_id: '370102',
    clock_start: new Date(clockStart).toISOString(),
    clock_start_reason: '电话受理',
  })
  expect(created.status).toBe(201)
  await addUser(t.app.db, { username: 'lixia', password: PASSWORD, role: 'unit', unit_id: '370102' }, 'test').catch(() => undefined)
  return { id: created.body.id, clockStart, unit: await t.login('lixia', PASSWORD) }
}

describe('claimed times against recorded times (issue #15 item 5)', () => {
  it('a unit that files its response 3 days late dated 1 h after clock start is still late, on the case and in the bulletin', async () => {
    const t = await startTestApp()
    const { id, clockStart, unit } = await lateCase(t, 3 * 24 * HOUR_MS + HOUR_MS)
    const claimed = new Date(clockStart + HOUR_MS).toISOString()
    const before = Date.now()
    const res = await post(t, unit, `/api/cases/${id}/events`, { type: 'response', at: claimed, url: 'https://www.jinan.gov.cn/art/reply.html' })
    expect(res.status).toBe(201)
    // 1. Both times are kept: what the unit claims, and when it was recorded.
    const entry = res.body.timeline.find((e) => e.type === 'response')!
    expect(entry.at).toBe(claimed)
    expect(Date.parse(entry.recorded_at)).toBeGreaterThanOrEqual(before)
    expect(entry.at_confirmed_by).toBeUndefined()
    // 2. The deadline is met when the response was recorded: 25 h late.
    const response = res.body.deadlines.find((d) => d.kind === 'response')!
    expect([response.state, response.met_at]).toEqual(['met_late', entry.recorded_at])

    // 3. The 通报 of the week the response fell due lists it as late, for 历下区.
    const from = new Date(Date.parse(response.due_at) - 24 * HOUR_MS).toISOString()
    const to = new Date(Date.now() + HOUR_MS).toISOString()
    const review = await api<{ cases: { id: number; unit_id: string; deadlines: { outcome: string; met_at: string; met_claim?: { at: string; recorded_at: string } }[] }[] }>(t.baseUrl, 'GET', `/api/review/timeliness?from=${from}&to=${to}`)
    const row = review.body.cases.find((c) => c.id === id)!
    expect(row.deadlines[0]).toMatchObject({ outcome: 'met_late', met_at: entry.recorded_at, met_claim: { at: claimed, recorded_at: entry.recorded_at } })
    const csv = await (await fetch(`${t.baseUrl}/api/review/bulletin?format=csv&from=${from}&to=${to}`)).text()
    // The late list is the block after the second blank line.
    const late = csv.split('\r\n\r\n')[2]!.split('\r\n').filter((l) => l.startsWith(`${id},`))
    expect(late).toHaveLength(1)
    expect(late[0]).toContain('济南市历下区')
    expect(late[0]).toContain('超时办结')
  })

  it('a unit\'s claim within the 30 min tolerance counts as claimed; the office\'s 补录 further back counts as claimed and names who vouched', async () => {
    const t = await startTestApp()
    // Due 10 min ago: a report typed for 20 min and dated when it was sent is on time.
    const { id, unit } = await lateCase(t, 48 * HOUR_MS + 10 * 60_000)
    const sent = new Date(Date.now() - 20 * 60_000).toISOString()
    const own = await post(t, unit, `/api/cases/${id}/events`, { type: 'response', at: sent, url: 'https://www.jinan.gov.cn/art/1.html' })
    expect(own.body.deadlines.find((d) => d.kind === 'response')).toMatchObject({ state: 'met', met_at: sent })

    const other = await lateCase(t, 3 * 24 * HOUR_MS)
    const claimed = new Date(other.clockStart + 2 * HOUR_MS).toISOString()
    const office = await api(t.baseUrl, 'POST', `/api/cases/${other.id}/events`, { type: 'response', at: claimed, url: 'https://www.jinan.gov.cn/art/2.html', note: '据历下区电话记录补录' })
    expect(office.status).toBe(201)
    expect(office.body.timeline.find((e) => e.type === 'response')).toMatchObject({ at: claimed, at_confirmed_by: 'admin' })
    expect(office.body.deadlines.find((d) => d.kind === 'response')).toMatchObject({ state: 'met', met_at: claimed })
  })

  it('an event filed without `at` happened when it was recorded', async () => {
    const t = await startTestApp()
    const { id, unit } = await lateCase(t, 2 * HOUR_MS)
    const res = await post(t, unit, `/api/cases/${id}/events`, { type: 'assessment' })
    expect(res.status).toBe(201)
    const entry = res.body.timeline.find((e) => e.type === 'assessment')!
    expect(entry.at).toBe(entry.recorded_at)
  })

  it('GET /api/policy shows the 30 min tolerance as a deployment choice with its basis', async () => {
    const t = await startTestApp()
    const body = (await (await fetch(`${t.baseUrl}/api/policy`)).json()) as { profiles: { in_force: boolean; claim_tolerance: { interval_ms: number; origin: string; basis: string } }[] }
    const inForce = body.profiles.find((p) => p.in_force)!
    expect(inForce.claim_tolerance).toMatchObject({ interval_ms: 30 * 60_000, origin: 'deployment' })
    expect(inForce.claim_tolerance.basis).toContain('30分钟')
  })
})
