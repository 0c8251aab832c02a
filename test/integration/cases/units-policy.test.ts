import { describe, expect, it } from 'vitest'
import { rawFetch } from '../../helpers/auth-session.ts'
import { makeRoleWorld } from '../../helpers/roles.ts'
import { startTestApp } from '../../helpers/test-app.ts'

type Unit = { id: string; name: string; level: string; parent_id: string | null; duty_phone: string | null; contact_person: string | null }

describe('unit contacts and the policy profile', () => {
  it('PATCH /api/units/:id stores a duty phone and contact person, shown by GET /api/units, audited, and cleared by null', async () => {
    const t = await startTestApp()
    const patch = (id: string, body: unknown) => fetch(`${t.baseUrl}/api/units/${encodeURIComponent(id)}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    const res = await patch('370102', { duty_phone: '0531-86061234', contact_person: ' 张伟 ' })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ id: '370102', name: '济南市历下区', level: 'county', parent_id: '370100', duty_phone: '0531-86061234', contact_person: '张伟' })
    const units = ((await (await fetch(`${t.baseUrl}/api/units`)).json()) as { units: Unit[] }).units
    expect(units.find((u) => u.id === '370102')).toMatchObject({ duty_phone: '0531-86061234', contact_person: '张伟' })
    expect(units.find((u) => u.id === '370200')).toMatchObject({ duty_phone: null, contact_person: null })
    const audit = await t.app.db.selectFrom('events').select(['type', 'actor', 'payload']).where('type', '=', 'unit.contacts_changed').execute()
    expect(audit.map((a) => [a.type, a.actor, JSON.parse(a.payload).unit_id])).toEqual([['unit.contacts_changed', 'admin', '370102']])

    // Operators read the contacts; a wall's display token sees the units but not who to ring.
    const w = await makeRoleWorld(t)
    const as = async (role: 'operator' | 'display') => ((await (await rawFetch(`${t.baseUrl}/api/units`, { headers: w.headers(role) })).json()) as { units: Unit[] }).units.find((u) => u.id === '370102')
    expect(await as('operator')).toMatchObject({ duty_phone: '0531-86061234', contact_person: '张伟' })
    expect(await as('display')).toMatchObject({ name: '济南市历下区', duty_phone: null, contact_person: null })

    expect(await (await patch('370102', { duty_phone: null })).json()).toMatchObject({ duty_phone: null, contact_person: '张伟' })
  })

  it('PATCH /api/units/:id refuses bad phones, blank names, unknown fields and unknown units, changing nothing', async () => {
    const t = await startTestApp()
    const patch = (id: string, body: unknown) => fetch(`${t.baseUrl}/api/units/${encodeURIComponent(id)}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    await patch('370102', { duty_phone: '0531-86061234', contact_person: '张伟' })
    const bad: unknown[] = [
      { duty_phone: 'call me' },
      { duty_phone: '12' },
      { duty_phone: '0531-8606<script>' },
      { duty_phone: '1'.repeat(31) },
      { duty_phone: 531 },
      { contact_person: '   ' },
      { contact_person: '名'.repeat(41) },
      { name: '改名' },
      { parent_id: null },
      [],
      'x',
    ]
    for (const body of bad) expect([body, (await patch('370102', body)).status]).toEqual([body, 400])
    expect((await patch('999999', { duty_phone: '12345' })).status).toBe(404)
    const units = ((await (await fetch(`${t.baseUrl}/api/units`)).json()) as { units: Unit[] }).units
    expect(units.find((u) => u.id === '370102')).toMatchObject({ name: '济南市历下区', duty_phone: '0531-86061234', contact_person: '张伟' })
  })

  it('GET /api/policy lists every interval of the profile in force with its origin and the notice words behind it', async () => {
    const t = await startTestApp()
    const body = (await (await fetch(`${t.baseUrl}/api/policy`)).json()) as { profiles: { id: string; in_force: boolean; intervals: { kind: string; interval_ms: number; due_soon_ms: number; origin: string; notice_quote: string }[] }[] }
    const profile = body.profiles.find((p) => p.in_force)!
    expect(profile.id).toBe('lu-2018-18')
    const H = 3_600_000
    expect(profile.intervals.map((i) => [i.kind, i.interval_ms / H, i.origin])).toEqual([
      ['authoritative_info', 5, 'notice'],
      ['press_conference', 24, 'notice'],
      ['response', 48, 'notice'],
      ['follow_up', 24, 'deployment'],
      ['acknowledgement', 1, 'deployment'],
    ])
    expect(profile.intervals.find((i) => i.kind === 'authoritative_info')?.notice_quote).toContain('最迟要在5小时内发布权威信息')
    expect(profile.intervals.find((i) => i.kind === 'acknowledgement')?.due_soon_ms).toBe(15 * 60_000)
    // 预警推送's reminder and escalation delays: all the deployment's own choice.
    const notify = (profile as unknown as { notify_intervals: { kind: string; interval_ms: number; origin: string }[] }).notify_intervals
    expect(notify.map((i) => [i.kind, i.interval_ms / 60_000, i.origin])).toEqual([
      ['still_overdue_major', 30, 'deployment'],
      ['still_overdue_other', 120, 'deployment'],
      ['escalate_city', 0, 'deployment'],
      ['escalate_province', 60, 'deployment'],
    ])
  })

  it('display tokens record their last use (at most once a minute) and the admin list shows it', async () => {
    const t = await startTestApp()
    const w = await makeRoleWorld(t)
    const list = async () => ((await (await fetch(`${t.baseUrl}/api/display-tokens`)).json()) as { tokens: { id: number; last_used_at: string | null }[] }).tokens
    // makeRoleWorld made the token but never used it.
    expect((await list()).find((x) => x.id === w.display.id)?.last_used_at).toBeNull()
    const before = Date.now()
    expect((await rawFetch(`${t.baseUrl}/api/wall/summary`, { headers: w.headers('display') })).status).toBe(200)
    const used = (await list()).find((x) => x.id === w.display.id)!.last_used_at!
    expect(Date.parse(used)).toBeGreaterThanOrEqual(before - 5)
    await rawFetch(`${t.baseUrl}/api/wall/summary`, { headers: w.headers('display') })
    expect((await list()).find((x) => x.id === w.display.id)!.last_used_at).toBe(used)
  })
})
