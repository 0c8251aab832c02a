import { describe, expect, it } from 'vitest'
import type { GroupFigures } from '@shared/api/review.ts'
import { api, HOUR_MS } from '../../helpers/case-fixtures.ts'
import { fileEvent, openCase } from '../../helpers/review-fixtures.ts'
import { startTestApp } from '../../helpers/test-app.ts'

const iso = (t: number) => new Date(t).toISOString()

describe('review of forwarded (转办) cases (issue #14)', () => {
  it('a forwarded case\'s deadlines count for the receiving unit, the original unit keeps only its own, and the 通报 lists the receiving unit', async () => {
    const { baseUrl } = await startTestApp()
    const s = Date.now() - 5 * 24 * HOUR_MS
    // A: 济南市应急管理局's case, forwarded to 历下区 after 2 h; 历下区 signs (the office for it) and answers.
    const a = await openCase(baseUrl, { title: '历下区一商场消防通道被占', unit_id: '370100-yjj', clock_start: iso(s) })
    await fileEvent(baseUrl, a, 'forwarded', iso(s + 2 * HOUR_MS), { unit_id: '370102' })
    await fileEvent(baseUrl, a, 'acknowledged', iso(s + 2.5 * HOUR_MS))
    await fileEvent(baseUrl, a, 'response', iso(s + 20 * HOUR_MS))
    // B: 济南市应急管理局's own case, answered on time.
    const b = await openCase(baseUrl, { title: '济南市一化工园区异味', unit_id: '370100-yjj', clock_start: iso(s) })
    await fileEvent(baseUrl, b, 'response', iso(s + 10 * HOUR_MS))
    // C: 济南市应急管理局 let the 48 h clock run out; forwarded only at 50 h, 历下区 answers at 55 h.
    const s3 = s - 24 * HOUR_MS
    const c = await openCase(baseUrl, { title: '历下区老旧小区燃气管道老化', unit_id: '370100-yjj', clock_start: iso(s3) })
    await fileEvent(baseUrl, c, 'forwarded', iso(s3 + 50 * HOUR_MS), { unit_id: '370102' })
    await fileEvent(baseUrl, c, 'acknowledged', iso(s3 + 51 * HOUR_MS))
    await fileEvent(baseUrl, c, 'response', iso(s3 + 55 * HOUR_MS))

    const from = iso(s - 5 * 24 * HOUR_MS)
    const to = iso(Date.now() + HOUR_MS)
    const r = (await api<{ groups: GroupFigures[]; cases: { id: number; unit_id: string; deadlines: { kind: string; outcome: string }[] }[] }>(baseUrl, 'GET', `/api/review/timeliness?from=${from}&to=${to}&by=unit`)).body
    const group = (key: string) => r.groups.find((g) => g.key === key)!
    expect(group('370102')).toMatchObject({ name: '济南市历下区', cases: 2, due: 3, met_on_time: 3, met_late: 0, overdue: 0 })
    expect(group('370102').by_kind.acknowledgement).toMatchObject({ due: 2, met_on_time: 2 })
    expect(group('370100-yjj')).toMatchObject({ name: '济南市应急管理局', cases: 2, due: 2, met_on_time: 1, met_late: 1, overdue: 0 })
    expect(group('370100-yjj').by_kind.acknowledgement.due).toBe(0)
    // Case C is split: its missed response stays with the unit that missed it, its 签收 goes to 历下区.
    expect(r.cases.filter((x) => x.id === c).map((x) => [x.unit_id, x.deadlines.map((d) => `${d.kind}:${d.outcome}`)])).toEqual([
      ['370100-yjj', ['response:met_late']],
      ['370102', ['acknowledgement:met']],
    ])
    expect(r.cases.filter((x) => x.id === a).map((x) => x.unit_id)).toEqual(['370102'])

    const csv = await (await fetch(`${baseUrl}/api/review/bulletin?format=csv&from=${from}&to=${to}`)).text()
    // Three blocks: totals, ranking, late list.
    const [, ranking, late] = csv.split('\r\n\r\n')
    const rankRows = ranking!.split('\r\n').slice(1)
    expect(rankRows.find((l) => l.includes(',370102,'))).toMatch(/^\d+,370102,济南市历下区,2,3,3,0,0,100(\.0)?%/)
    expect(rankRows.find((l) => l.includes(',370100-yjj,'))).toMatch(/^\d+,370100-yjj,济南市应急管理局,2,2,1,1,0,/)
    expect(late!.split('\r\n').filter((l) => /^\d/.test(l)).map((l) => l.split(',').slice(0, 3).join(','))).toEqual([`${c},历下区老旧小区燃气管道老化,济南市应急管理局`])
    const html = await (await fetch(`${baseUrl}/api/review/bulletin?format=html&from=${from}&to=${to}`)).text()
    expect(html).toContain('济南市历下区')
  })
})
