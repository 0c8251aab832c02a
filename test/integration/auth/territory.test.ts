import { describe, expect, it } from 'vitest'
import type { Case } from '@shared/types/case.ts'
import { rawFetch } from '../../helpers/auth-session.ts'
import { HOUR_MS, insertItem } from '../../helpers/case-fixtures.ts'
import { makeRoleWorld, type RoleName, type RoleWorld } from '../../helpers/roles.ts'
import { connectSocket, type TestSocket } from '../../helpers/socket-client.ts'
import { startTestApp, type TestApp } from '../../helpers/test-app.ts'

async function call(t: TestApp, w: RoleWorld, role: RoleName, method: string, path: string, body?: unknown) {
  const headers = { ...w.headers(role, method), ...(body === undefined ? {} : { 'content-type': 'application/json' }) }
  const res = await rawFetch(`${t.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

describe('属地: a 历下区 unit account and a 青岛 case', () => {
  it('GET /api/cases, /api/cases/:id and /api/items show a unit only its own territory; a 青岛 case answers exactly like a missing one', async () => {
    const t = await startTestApp()
    const w = await makeRoleWorld(t)
    await insertItem(t.app, new Date(), '未立案的青岛信息', '370200')
    const list = await call(t, w, 'unit', 'GET', '/api/cases')
    expect((list.body.cases as Case[]).map((c) => c.id)).toEqual([w.lixia.id])
    expect((await call(t, w, 'unit', 'GET', '/api/cases?unit_id=370200')).body.cases).toEqual([])
    const hidden = await call(t, w, 'unit', 'GET', `/api/cases/${w.qingdao.id}`)
    const missing = await call(t, w, 'unit', 'GET', '/api/cases/999999')
    expect([hidden.status, hidden.body.code]).toEqual([404, 'YQ_ERR_CASE_NOT_FOUND'])
    expect([missing.status, missing.body.code]).toEqual([404, 'YQ_ERR_CASE_NOT_FOUND'])
    const items = (await call(t, w, 'unit', 'GET', '/api/items')).body.items as { title: string }[]
    expect(items.map((i) => i.title)).toEqual(['济南市历下区泉城路商铺噪音扰民'])
    // Staff see everything.
    expect(((await call(t, w, 'operator', 'GET', '/api/cases')).body.cases as Case[]).length).toBe(2)
  })

  it('POST /api/cases/:id/events by a unit files on its own case under its own name and is refused with 404 on a 青岛 case, filing nothing', async () => {
    const t = await startTestApp()
    const w = await makeRoleWorld(t)
    const at = new Date().toISOString()
    const own = await call(t, w, 'unit', 'POST', `/api/cases/${w.lixia.id}/events`, { type: 'acknowledged', at, actor: '冒名顶替' })
    expect(own.status).toBe(201)
    expect((own.body as unknown as Case).timeline.at(-1)).toMatchObject({ type: 'acknowledged', actor: 'lixia' })
    const other = await call(t, w, 'unit', 'POST', `/api/cases/${w.qingdao.id}/events`, { type: 'acknowledged', at })
    expect([other.status, other.body.code]).toEqual([404, 'YQ_ERR_CASE_NOT_FOUND'])
    const forward = await call(t, w, 'unit', 'POST', `/api/cases/${w.lixia.id}/events`, { type: 'forwarded', at, unit_id: '370200' })
    expect([forward.status, forward.body.code]).toEqual([403, 'YQ_ERR_FORBIDDEN'])
    const qingdao = (await call(t, w, 'admin', 'GET', `/api/cases/${w.qingdao.id}`)).body as unknown as Case
    expect(qingdao.timeline.map((e) => e.type)).toEqual(w.qingdao.timeline.map((e) => e.type))
  })

  it('a 青岛 case forwarded (转办) to 历下区 becomes visible to the 历下区 unit', async () => {
    const t = await startTestApp()
    const w = await makeRoleWorld(t)
    expect((await call(t, w, 'unit', 'GET', `/api/cases/${w.qingdao.id}`)).status).toBe(404)
    const fwd = await call(t, w, 'operator', 'POST', `/api/cases/${w.qingdao.id}/events`, { type: 'forwarded', at: new Date().toISOString(), unit_id: '370102' })
    expect(fwd.status).toBe(201)
    expect((await call(t, w, 'unit', 'GET', `/api/cases/${w.qingdao.id}`)).status).toBe(200)
  })

  it('a display token reads (also as ?token=) but cannot write, even where a route would let its role read', async () => {
    const t = await startTestApp()
    const w = await makeRoleWorld(t)
    const byQuery = await rawFetch(`${t.baseUrl}/api/cases?limit=5&token=${encodeURIComponent(w.display.secret)}`)
    expect(byQuery.status).toBe(200)
    const write = await call(t, w, 'display', 'POST', `/api/cases/${w.lixia.id}/events`, { type: 'response', at: new Date().toISOString(), url: 'https://x.example.cn/' })
    expect([write.status, write.body.code]).toEqual([403, 'YQ_ERR_FORBIDDEN'])
  })
})

type Seen = { event: string; id: string }[]

function record(socket: TestSocket): Seen {
  const seen: Seen = []
  socket.onAny((event: string, payload: { data?: { id?: number; case_id?: number; job_id?: number } }) => {
    if (event === 'server:hello') return
    seen.push({ event, id: String(payload.data?.case_id ?? payload.data?.id ?? payload.data?.job_id) })
  })
  return seen
}

describe('socket.io audience', () => {
  it('every server event reaches exactly the roles and units allowed to see it', async () => {
    const t = await startTestApp()
    const w = await makeRoleWorld(t)
    await expect(connectSocket(t.baseUrl, { extraHeaders: { cookie: 'yq_session=forged' } })).rejects.toThrow('sign in first')
    const roles = ['admin', 'operator', 'unit', 'reviewer', 'display'] as const
    const sockets = Object.fromEntries(
      await Promise.all(
        roles.map(async (r) => [r, await connectSocket(t.baseUrl, r === 'display' ? { auth: { token: w.display.secret } } : { extraHeaders: { cookie: w.sessions[r].cookie } })] as const),
      ),
    ) as Record<(typeof roles)[number], TestSocket>
    const seen = Object.fromEntries(roles.map((r) => [r, record(sockets[r])])) as Record<(typeof roles)[number], Seen>
    const rt = t.app.realtime
    const crossing = (c: Case) => ({ case_id: c.id, case_title: c.title, level: c.level, unit_id: c.unit.id, kind: 'response' as const, due_at: new Date().toISOString(), crossing: 'overdue' as const })
    rt.publish('item:created', { seq: 1, data: { id: 77 } as never })
    rt.publish('departments:retag_progress', { seq: 2, data: { job_id: 5, done: 1, total: 2, changed: 0, finished: false } })
    rt.publish('case:updated', { seq: 3, data: w.qingdao })
    rt.publish('deadline:overdue', { seq: 4, data: crossing(w.qingdao) })
    rt.publish('deadline:overdue', { seq: 5, data: crossing(w.lixia) })
    // The last event reaches everyone; socket.io keeps order per socket, so all before it have arrived.
    const itemId = await insertItem(t.app, new Date(Date.now() - HOUR_MS), '济南市历下区哨兵事项', '370102')
    const sentinel = await call(t, w, 'operator', 'POST', '/api/cases', { title: '哨兵', kind: 'opinion', level: 'IV', item_ids: [itemId], unit_id: '370102' })
    await Promise.all(roles.map((r) => expect.poll(() => seen[r].some((s) => s.event === 'case:created')).toBe(true)))
    const q = String(w.qingdao.id)
    const l = String(w.lixia.id)
    const wall = [
      { event: 'item:created', id: '77' },
      { event: 'case:updated', id: q },
      { event: 'deadline:overdue', id: q },
      { event: 'deadline:overdue', id: l },
      { event: 'case:created', id: String(sentinel.body.id) },
    ]
    const office = [wall[0]!, { event: 'departments:retag_progress', id: '5' }, ...wall.slice(1)]
    expect(seen.admin).toEqual(office)
    expect(seen.operator).toEqual(office)
    expect(seen.reviewer).toEqual(wall)
    expect(seen.display).toEqual(wall)
    expect(seen.unit).toEqual([wall[3], wall[4]])
  })

  it('a revoked display token loses its open socket within 5 s, by the API at once or by the database (the CLI) at the next re-check', async () => {
    const t = await startTestApp()
    const w = await makeRoleWorld(t)
    const viaApi = await connectSocket(t.baseUrl, { auth: { token: w.display.secret } })
    const closed = new Promise<string>((resolve) => viaApi.once('disconnect', resolve))
    const res = await rawFetch(`${t.baseUrl}/api/display-tokens/${w.display.id}`, { method: 'DELETE', headers: w.headers('admin', 'DELETE') })
    expect(res.status).toBe(200)
    expect(await withTimeout(closed, 5000)).toBe('io server disconnect')
    expect((await rawFetch(`${t.baseUrl}/api/cases`, { headers: w.headers('display') })).status).toBe(401)
    await expect(connectSocket(t.baseUrl, { auth: { token: w.display.secret } })).rejects.toThrow('sign in first')

    const second = (await (await rawFetch(`${t.baseUrl}/api/display-tokens`, { method: 'POST', headers: { ...w.headers('admin', 'POST'), 'content-type': 'application/json' }, body: JSON.stringify({ name: '会议室' }) })).json()) as { token: { id: number }; secret: string }
    const viaDb = await connectSocket(t.baseUrl, { auth: { token: second.secret } })
    const closed2 = new Promise<string>((resolve) => viaDb.once('disconnect', resolve))
    await t.app.db.updateTable('display_tokens').set({ revoked_at: new Date().toISOString() }).where('id', '=', second.token.id).execute()
    expect(await withTimeout(closed2, 5000)).toBe('io server disconnect')
  })
})

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`not within ${ms} ms`)), ms))])
}
