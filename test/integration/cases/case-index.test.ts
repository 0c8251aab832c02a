import { describe, expect, it } from 'vitest'
import { rawFetch } from '../../helpers/auth-session.ts'
import { api, HOUR_MS, insertItem } from '../../helpers/case-fixtures.ts'
import { makeRoleWorld } from '../../helpers/roles.ts'
import { startTestApp, type TestApp } from '../../helpers/test-app.ts'

type Listed = { cases: { id: number }[] }

async function open(t: TestApp, title: string, opts: { unit_id: string; hoursAgo: number; kind?: string; level?: string; supervised?: boolean; drill?: boolean }): Promise<number> {
  const item = await insertItem(t.app, new Date(Date.now() - opts.hoursAgo * HOUR_MS), title, opts.unit_id)
  const { hoursAgo, ...rest } = opts
  void hoursAgo
  const res = await api(t.baseUrl, 'POST', '/api/cases', { title, kind: 'opinion', level: 'III', item_ids: [item], ...rest })
  if (res.status !== 201) throw new Error(`open: ${res.status}`)
  return res.body.id
}

/** Parses the export as Excel would: a UTF-8 BOM, CRLF rows, quoted cells. */
async function parseCsv(res: Response): Promise<string[][]> {
  const bytes = new Uint8Array(await res.arrayBuffer())
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1)
  const rows: string[][] = []
  for (const line of text.split('\r\n').filter((l) => l !== '')) {
    const cells: string[] = []
    for (const m of line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)) {
      if (m.index === line.length && m[0] === '') break
      cells.push(m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replace(/""/g, '"') : m[1]!)
    }
    rows.push(cells)
  }
  return rows
}

describe('GET /api/cases filters and the CSV export', () => {
  it('city, supervised, drill, due within N hours and the opened period narrow the list; the CSV holds exactly the same cases, most urgent first', async () => {
    const t = await startTestApp({ YQ_DEADLINE_TICK_MS: '0' })
    const jinanLate = await open(t, '济南 化工厂爆炸', { unit_id: '370102', hoursAgo: 6, kind: 'incident', level: 'II', supervised: true })
    const jinanSoon = await open(t, '=1+1 济南 供暖不热, "引号"', { unit_id: '370100-yjj', hoursAgo: 45 })
    const qingdao = await open(t, '青岛 浴场管理', { unit_id: '370202', hoursAgo: 1, drill: true })
    const yantai = await open(t, '烟台 停水', { unit_id: '370602', hoursAgo: 2 })
    // Opened on an earlier day (北京时间 2026-01-10 09:00).
    await t.app.db.updateTable('cases').set({ created_at: '2026-01-10T01:00:00.000Z' }).where('id', '=', yantai).execute()

    const ids = async (q: string) => ((await api<Listed>(t.baseUrl, 'GET', `/api/cases${q}`)).body.cases.map((c) => c.id))
    expect(await ids('?city=370100')).toEqual([jinanSoon, jinanLate])
    expect(await ids('?city=370200')).toEqual([qingdao])
    expect(await ids('?supervised=true')).toEqual([jinanLate])
    expect(await ids('?drill=true')).toEqual([qingdao])
    expect(await ids('?drill=false&supervised=false')).toEqual([yantai, jinanSoon])
    // The 48 h response of the 45 h old case falls due in 3 h; the overdue 5 h one is not "due within".
    expect(await ids('?due_within_h=4')).toEqual([jinanSoon])
    expect(await ids('?opened_from=2026-01-10&opened_to=2026-01-10')).toEqual([yantai])
    expect(await ids('?opened_to=2026-01-09')).toEqual([])
    expect(await ids('?city=370100&overdue=true')).toEqual([jinanLate])

    const csv = await fetch(`${t.baseUrl}/api/cases.csv?city=370100`)
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="cases-\d{8}-\d{4}\.csv"$/)
    const rows = await parseCsv(csv)
    expect(rows[0]!.slice(0, 3)).toEqual(['编号', '事项', '类型'])
    // Most urgent first: the overdue one, then the one due in 3 h.
    expect(rows.slice(1).map((r) => Number(r[0]))).toEqual([jinanLate, jinanSoon])
    expect(rows[1]!.slice(2, 9)).toEqual(['突发事件', 'Ⅱ级', '新建', '济南市历下区', '', '是', '否'])
    expect(rows[1]![13]).toMatch(/^超时未办 \d\d:\d\d:\d\d$/)
    // A hostile title stays one cell and cannot run as a formula; times are 北京时间.
    expect(rows[2]![1]).toBe("'=1+1 济南 供暖不热, \"引号\"")
    expect(rows[2]![9]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/)
    const opened = await api<{ created_at: string }>(t.baseUrl, 'GET', `/api/cases/${jinanSoon}`)
    const bj = new Date(Date.parse(opened.body.created_at) + 8 * HOUR_MS).toISOString()
    expect(rows[2]![9]).toBe(`${bj.slice(0, 10)} ${bj.slice(11, 16)}`)
  })

  it('bad filter values are refused with 400 by the list and the export alike', async () => {
    const t = await startTestApp({ YQ_DEADLINE_TICK_MS: '0' })
    const bad = [
      'status=open',
      'level=V',
      'overdue=yes',
      'drill=2',
      'supervised=maybe',
      'city=370000',
      'city=110100',
      'city=37010%27%20or%201%3D1',
      'due_within_h=0',
      'due_within_h=721',
      'due_within_h=1.5',
      'opened_from=2026-02-30',
      'opened_from=2026-1-1',
      'opened_to=yesterday',
      'opened_from=2026-03-02&opened_to=2026-03-01',
      'limit=0',
      'limit=501',
      'sort=id',
    ]
    for (const q of bad) {
      for (const path of ['/api/cases', '/api/cases.csv']) {
        const res = await fetch(`${t.baseUrl}${path}?${q}`)
        expect([q, path, res.status]).toEqual([q, path, 400])
      }
    }
  })

  it('a unit account gets only its territory in the list and in the export, whatever filter it sends', async () => {
    const t = await startTestApp({ YQ_DEADLINE_TICK_MS: '0' })
    const w = await makeRoleWorld(t)
    const get = (path: string) => rawFetch(`${t.baseUrl}${path}`, { headers: w.headers('unit') })
    expect(((await (await get('/api/cases')).json()) as Listed).cases.map((c) => c.id)).toEqual([w.lixia.id])
    expect(((await (await get('/api/cases?city=370200')).json()) as Listed).cases).toEqual([])
    const rows = await parseCsv(await get('/api/cases.csv'))
    expect(rows.slice(1).map((r) => Number(r[0]))).toEqual([w.lixia.id])
    expect(await parseCsv(await get('/api/cases.csv?city=370200'))).toHaveLength(1)
    // Staff see both; anonymous callers see nothing.
    const staff = await parseCsv(await rawFetch(`${t.baseUrl}/api/cases.csv`, { headers: w.headers('operator') }))
    expect(staff.slice(1).map((r) => Number(r[0])).sort()).toEqual([w.lixia.id, w.qingdao.id].sort())
    expect((await rawFetch(`${t.baseUrl}/api/cases.csv`)).status).toBe(401)
  })
})
