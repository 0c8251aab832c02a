import { describe, expect, it } from 'vitest'
import type { Case } from '@shared/types/case.ts'
import { rawFetch } from '../../helpers/auth-session.ts'
import { api, HOUR_MS, insertItem } from '../../helpers/case-fixtures.ts'
import { makeRoleWorld, type RoleWorld } from '../../helpers/roles.ts'
import { startTestApp, type TestApp } from '../../helpers/test-app.ts'

type Listed = { cases: { id: number }[] }

async function open(t: TestApp, title: string, unitId: string, hoursAgo = 2): Promise<number> {
  const item = await insertItem(t.app, new Date(Date.now() - hoursAgo * HOUR_MS), title, unitId)
  const res = await api(t.baseUrl, 'POST', '/api/cases', { title, kind: 'opinion', level: 'III', item_ids: [item], unit_id: unitId })
  if (res.status !== 201) throw new Error(`open: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.id
}

/** Files an event as the admin (the office), a moment ago. */
async function file(t: TestApp, id: number, body: Record<string, string>): Promise<void> {
  const res = await api(t.baseUrl, 'POST', `/api/cases/${id}/events`, { at: new Date().toISOString(), ...body })
  if (res.status !== 201) throw new Error(`event: ${res.status} ${JSON.stringify(res.body)}`)
}

function lister(t: TestApp, w: RoleWorld) {
  return async (role: 'unit' | 'admin', q: string): Promise<number[]> => {
    const res = await rawFetch(`${t.baseUrl}/api/cases?${q}`, { headers: w.headers(role) })
    expect([q, res.status]).toEqual([q, 200])
    return ((await res.json()) as Listed).cases.map((c) => c.id).sort((a, b) => a - b)
  }
}

describe('GET /api/cases for a unit\'s 待办: mine and awaiting_ack', () => {
  it('mine is what the account\'s own unit answers for; awaiting_ack is a 转办 to it not yet 签收, and leaves once signed', async () => {
    const t = await startTestApp({ YQ_DEADLINE_TICK_MS: '0' })
    const w = await makeRoleWorld(t)
    // Forwarded by 济南市 to 历下区 (the unit account's own unit), not yet signed.
    const toMe = await open(t, '济南 转办历下 待签收', '370100')
    await file(t, toMe, { type: 'forwarded', unit_id: '370102' })
    // Forwarded to me and signed already.
    const signed = await open(t, '济南 转办历下 已签收', '370100')
    await file(t, signed, { type: 'forwarded', unit_id: '370102' })
    await file(t, signed, { type: 'acknowledged', unit_id: '370102' })
    // Forwarded to me, then on to 市中区: no longer mine, though still in my territory.
    const passedOn = await open(t, '济南 转办历下 又转市中', '370100')
    await file(t, passedOn, { type: 'forwarded', unit_id: '370102' })
    await file(t, passedOn, { type: 'forwarded', unit_id: '370103' })
    // My own case forwarded to 市中区: 转办 hands the responsibility over, so it is 市中区's now (I still see it).
    const mineToOther = await open(t, '历下 转办市中', '370102')
    await file(t, mineToOther, { type: 'forwarded', unit_id: '370103' })
    // A case of 济南市教育局: neither mine nor visible to me.
    const other = await open(t, '济南 教育局 事项', '370100-jyj')
    const list = lister(t, w)

    expect(await list('unit', 'mine=true')).toEqual([w.lixia.id, toMe, signed])
    expect(await list('unit', 'awaiting_ack=true')).toEqual([toMe])
    expect(await list('unit', 'mine=true&awaiting_ack=false')).toEqual([w.lixia.id, signed])
    // The territory is unchanged: a unit account still sees what passed through it.
    expect(await list('unit', '')).toEqual([w.lixia.id, toMe, signed, passedOn, mineToOther])
    // The office sees every 转办 awaiting 签收, whoever it went to.
    expect(await list('admin', 'awaiting_ack=true')).toEqual([toMe, passedOn, mineToOther])
    expect(await list('admin', 'awaiting_ack=false')).toEqual([w.lixia.id, w.qingdao.id, signed, other])

    // 签收 by the unit itself, through the events route its page uses: the 转办 leaves the list, its clock is met.
    const res = await rawFetch(`${t.baseUrl}/api/cases/${toMe}/events`, {
      method: 'POST',
      headers: { ...w.headers('unit', 'POST'), 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'acknowledged', at: new Date().toISOString(), unit_id: '370102' }),
    })
    expect(res.status).toBe(201)
    const after = (await res.json()) as Case
    expect(after.deadlines.find((d) => d.kind === 'acknowledgement')?.state).toBe('met')
    expect(await list('unit', 'awaiting_ack=true')).toEqual([])
    // A closed case awaits nothing.
    await file(t, mineToOther, { type: 'closed' })
    expect(await list('admin', 'awaiting_ack=true')).toEqual([passedOn])
  })

  it('mine from an account bound to no unit is refused in words, by the list and the export', async () => {
    const t = await startTestApp({ YQ_DEADLINE_TICK_MS: '0' })
    const w = await makeRoleWorld(t)
    for (const path of ['/api/cases?mine=true', '/api/cases.csv?mine=true']) {
      const res = await rawFetch(`${t.baseUrl}${path}`, { headers: w.headers('operator') })
      expect(res.status).toBe(403)
      expect(((await res.json()) as { code: string }).code).toBe('YQ_ERR_FORBIDDEN')
    }
  })
})

describe('GET /api/cases?q= keyword search', () => {
  it('matches title and unit name literally: % _ and quotes are characters, not wildcards or SQL', async () => {
    const t = await startTestApp({ YQ_DEADLINE_TICK_MS: '0' })
    const percent = await open(t, '物价上涨 100% 引发议论', '370602')
    const underscore = await open(t, '网民 user_01 发帖投诉', '370202')
    const quoted = await open(t, '市民称"排水"系统失灵\'', '370211')
    const plain = await open(t, '历下区 泉城路 噪音扰民', '370102')
    const lead = await open(t, '济南市 一般事项', '370100')
    await api(t.baseUrl, 'PATCH', `/api/cases/${lead}`, { lead_unit_id: '370100-yjj', note: '市应急管理局牵头' })
    const ids = async (q: string, path = '/api/cases') => {
      const res = await fetch(`${t.baseUrl}${path}?q=${encodeURIComponent(q)}`)
      expect([q, res.status]).toEqual([q, 200])
      if (path.endsWith('.csv')) return (await res.text()).split('\r\n').slice(1).filter(Boolean).map((r) => Number(r.split(',')[0]))
      return ((await res.json()) as Listed).cases.map((c) => c.id).sort((a, b) => a - b)
    }
    expect(await ids('%')).toEqual([percent])
    expect(await ids('100%')).toEqual([percent])
    expect(await ids('_')).toEqual([underscore])
    expect(await ids('r_0')).toEqual([underscore])
    expect(await ids('"排水"')).toEqual([quoted])
    expect(await ids("'")).toEqual([quoted])
    expect(await ids("' or 1=1 --")).toEqual([])
    expect(await ids('\\')).toEqual([])
    // The responsible unit's name (芝罘区 is the unit of the 100% case), and the lead unit's.
    expect(await ids('芝罘')).toEqual([percent])
    expect(await ids('应急管理局')).toEqual([lead])
    expect(await ids('USER_01')).toEqual([underscore])
    expect(await ids('噪音')).toEqual([plain])
    expect(await ids('噪音', '/api/cases.csv')).toEqual([plain])
  })

  it('a unit account searches only its territory', async () => {
    const t = await startTestApp({ YQ_DEADLINE_TICK_MS: '0' })
    const w = await makeRoleWorld(t)
    const list = lister(t, w)
    expect(await list('unit', `q=${encodeURIComponent('市')}`)).toEqual([w.lixia.id])
    expect(await list('admin', `q=${encodeURIComponent('市')}`)).toEqual([w.lixia.id, w.qingdao.id])
  })

  it('hostile values are refused with 400 by the list and the export alike', async () => {
    const t = await startTestApp({ YQ_DEADLINE_TICK_MS: '0' })
    const bad = [
      'q=',
      `q=${'长'.repeat(101)}`,
      `q=${'x'.repeat(500)}`,
      'q=%00',
      'q=a%0Ab',
      'q=a&q=b',
      'mine=yes',
      'mine=2',
      'awaiting_ack=maybe',
      'awaiting_ack=',
    ]
    for (const q of bad) {
      for (const path of ['/api/cases', '/api/cases.csv']) {
        const res = await fetch(`${t.baseUrl}${path}?${q}`)
        expect([q.slice(0, 30), path, res.status]).toEqual([q.slice(0, 30), path, 400])
      }
    }
  })
})
