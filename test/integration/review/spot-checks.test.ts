import { describe, expect, it } from 'vitest'
import { api } from '../../helpers/case-fixtures.ts'
import { fileEvent, openCase, seeded, startReviewApp } from '../../helpers/review-fixtures.ts'

const H = 3_600_000
const DAY = 24 * H
const iso = (t: number) => new Date(t).toISOString()
const now = Date.now()
// Cases closed in the last ten days; the review and the 通报 cover them and today (the results are recorded now).
const FROM = now - 10 * DAY
const TO = now + DAY
const period = `from=${encodeURIComponent(iso(FROM))}&to=${encodeURIComponent(iso(TO))}`

interface Check {
  id: number
  unit_id: string | null
  cases: { id: number; unit_id: string }[]
  results: { case_id: number; outcome: string; unit_id?: string; aspects?: string[] }[] | null
}
interface Group {
  key: string
  checks_failed: number
  flags_total: number
}

/** A case answered in time and closed: drawn by a check. */
async function closedCase(baseUrl: string, title: string, unit: string, forwardTo?: string): Promise<number> {
  const id = await openCase(baseUrl, { title, unit_id: unit, clock_start: iso(FROM + DAY) })
  if (forwardTo) {
    await fileEvent(baseUrl, id, 'forwarded', iso(FROM + DAY + H / 2), { unit_id: forwardTo })
    await fileEvent(baseUrl, id, 'acknowledged', iso(FROM + DAY + H / 2 + 60_000), { unit_id: forwardTo })
  }
  await fileEvent(baseUrl, id, 'response', iso(FROM + DAY + H))
  await fileEvent(baseUrl, id, 'closed', iso(FROM + 2 * DAY))
  return id
}

describe('irregular checks (不定期检查) reach the review and the 通报', () => {
  it('a 不合格 on a forwarded case counts against the receiving unit in the review, the HTML and the CSV 通报', async () => {
    const { baseUrl } = await startReviewApp(seeded(7))
    const lixia = await closedCase(baseUrl, '历下区某小区供暖不热', '370102')
    // Forwarded from 济南市 to 历城区: 历城区 answered, so 历城区 is judged.
    const licheng = await closedCase(baseUrl, '历城区道路施工扰民', '370100', '370112')
    const created = await api<Check>(baseUrl, 'POST', '/api/review/checks', { n: 5, from: iso(FROM), to: iso(TO) })
    expect(created.status).toBe(201)
    expect(created.body.cases.map((c) => c.id).sort()).toEqual([lixia, licheng].sort())

    // A 不合格 must say why: refused without a reason, and nothing is written.
    const results = [
      { case_id: lixia, outcome: 'pass', aspects: ['timeliness'] },
      { case_id: licheng, outcome: 'fail', aspects: ['response_content', 'public_link'] },
    ]
    const unexplained = await api<{ code: string; message: string }>(baseUrl, 'POST', `/api/review/checks/${created.body.id}/result`, { results })
    expect(unexplained.status).toBe(400)
    expect(unexplained.body.code).toBe('YQ_ERR_BAD_CHECK_RESULT')
    expect(unexplained.body.message).toContain(`needs its reason (note): case ${licheng}`)
    results[1] = { ...results[1]!, note: '  回应未说明施工期限，链接打不开  ' } as (typeof results)[number]
    const recorded = await api<Check>(baseUrl, 'POST', `/api/review/checks/${created.body.id}/result`, { results })
    expect(recorded.status).toBe(200)
    expect(recorded.body.results?.find((r) => r.case_id === licheng)).toMatchObject({ outcome: 'fail', unit_id: '370112', aspects: ['response_content', 'public_link'] })

    // The review, by unit: the failure is 历城区's, not 济南市's; 历下区 passed.
    const review = await api<{ groups: Group[]; totals: Group; cases: { id: number; unit_id: string; failed_checks: { note: string }[] }[] }>(baseUrl, 'GET', `/api/review/timeliness?${period}&by=unit`)
    expect(review.status).toBe(200)
    const failedOf = (key: string) => review.body.groups.find((g) => g.key === key)?.checks_failed ?? 0
    expect([failedOf('370112'), failedOf('370100'), failedOf('370102')]).toEqual([1, 0, 0])
    expect(review.body.totals.checks_failed).toBe(1)
    expect(review.body.cases.find((c) => c.id === licheng && c.unit_id === '370112')?.failed_checks).toEqual([expect.objectContaining({ note: '回应未说明施工期限，链接打不开' })])
    // By city, it lands on 济南市 (both units are in it).
    const byCity = await api<{ groups: Group[] }>(baseUrl, 'GET', `/api/review/timeliness?${period}&by=city`)
    expect(byCity.body.groups.find((g) => g.key === '370100')?.checks_failed).toBe(1)

    // The HTML 通报: in the ranking row of 历城区, in the list of 不合格 items, and 历城区 is criticised, not praised.
    const html = await (await fetch(`${baseUrl}/api/review/bulletin?${period}&format=html`)).text()
    expect(html.match(/data-fig="checks_failed">(\d+)</)?.[1]).toBe('1')
    const row = html.match(/<tr data-unit="370112">(.*?)<\/tr>/)?.[1] ?? ''
    expect(row.match(/data-fig="checks_failed">(\d+)</)?.[1]).toBe('1')
    expect(row).toContain('通报批评')
    expect(html).toContain(`<tr data-check="${created.body.id}" data-case="${licheng}">`)
    expect(html).toMatch(/历城区道路施工扰民<\/td><td class="name">济南市历城区<\/td><td class="nw">[\d-]+ [\d:]+<\/td><td>回应内容、回应链接<\/td><td class="name">回应未说明施工期限，链接打不开<\/td>/)
    expect(html.match(/data-list="praise">([^<]*)</)?.[1]).not.toContain('历城区')
    expect(html).toContain('不定期检查不合格1次及以上')

    // The CSV: the same count in the unit's row and the 不合格 block.
    const csv = (await (await fetch(`${baseUrl}/api/review/bulletin?${period}&format=csv`)).text()).replace(/^\uFEFF/, '')
    const blocks = csv.split('\r\n\r\n').map((b) => b.trim().split('\r\n').map((l) => l.split(',')))
    const header = blocks[1]![0]!
    const lichengRow = blocks[1]!.find((r) => r[1] === '370112')!
    expect(lichengRow[header.indexOf('检查不合格')]).toBe('1')
    expect(lichengRow[header.indexOf('处理意见')]).toBe('通报批评')
    expect(blocks[3]!.slice(1).map((r) => [r[0], r[1], r[3], r[5], r[6]])).toEqual([[String(created.body.id), String(licheng), '济南市历城区', '回应内容、回应链接', '回应未说明施工期限，链接打不开']])
  })

  it('draws from one unit when asked, lists past checks by unit and outcome, and refuses hostile input with its reason', async () => {
    const { baseUrl } = await startReviewApp(seeded(3))
    const a = await closedCase(baseUrl, '历下区甲', '370102')
    const b = await closedCase(baseUrl, '历下区乙', '370102')
    const q = await closedCase(baseUrl, '市南区丙', '370202')
    const lixia = await api<Check>(baseUrl, 'POST', '/api/review/checks', { n: 5, from: iso(FROM), to: iso(TO), unit_id: '370102' })
    expect(lixia.status).toBe(201)
    expect(lixia.body.unit_id).toBe('370102')
    expect(lixia.body.cases.map((c) => c.id).sort()).toEqual([a, b].sort())
    const all = await api<Check>(baseUrl, 'POST', '/api/review/checks', { n: 1, from: iso(FROM), to: iso(TO), unit_id: '370202' })
    expect(all.body.cases.map((c) => c.id)).toEqual([q])
    await api(baseUrl, 'POST', `/api/review/checks/${all.body.id}/result`, { results: [{ case_id: q, outcome: 'fail', aspects: ['disposal'], note: '处置未闭环' }] })

    const ids = async (query: string) => (await api<{ checks: Check[] }>(baseUrl, 'GET', `/api/review/checks${query}`)).body.checks.map((c) => c.id)
    expect(await ids('')).toEqual([all.body.id, lixia.body.id])
    expect(await ids('?status=open')).toEqual([lixia.body.id])
    expect(await ids('?status=fail')).toEqual([all.body.id])
    expect(await ids('?status=pass')).toEqual([])
    expect(await ids('?unit_id=370102')).toEqual([lixia.body.id])
    expect(await ids(`?from=${encodeURIComponent(iso(now - H))}&to=${encodeURIComponent(iso(now + H))}`)).toEqual([all.body.id, lixia.body.id])
    expect(await ids(`?from=${encodeURIComponent(iso(now + H))}&to=${encodeURIComponent(iso(now + 2 * H))}`)).toEqual([])

    // Hostile and broken input: each refused with a reason, nothing drawn or written.
    const refusals: [string, string, unknown, string][] = [
      ['POST', '/api/review/checks', { n: 1, from: iso(FROM), to: iso(TO), unit_id: '999999' }, 'YQ_ERR_UNKNOWN_UNIT'],
      ['POST', '/api/review/checks', { n: 1, from: iso(FROM), to: iso(TO), unit_id: "370102' OR 1=1 --" }, 'FST_ERR_VALIDATION'],
      ['POST', '/api/review/checks', { n: 0, from: iso(FROM), to: iso(TO) }, 'FST_ERR_VALIDATION'],
      ['POST', '/api/review/checks', { n: 1, from: 'yesterday', to: iso(TO) }, 'YQ_ERR_BAD_PERIOD'],
      ['POST', '/api/review/checks', { n: 1, from: iso(FROM), to: iso(TO), unit_id: '370203' }, 'YQ_ERR_CHECK_EMPTY'],
      ['POST', `/api/review/checks/${lixia.body.id}/result`, { results: [{ case_id: a, outcome: 'pass', aspects: [] }, { case_id: b, outcome: 'pass', aspects: ['timeliness'] }] }, 'FST_ERR_VALIDATION'],
      ['POST', `/api/review/checks/${lixia.body.id}/result`, { results: [{ case_id: a, outcome: 'pass', aspects: ['weather'] }, { case_id: b, outcome: 'pass', aspects: ['timeliness'] }] }, 'FST_ERR_VALIDATION'],
      ['POST', `/api/review/checks/${lixia.body.id}/result`, { results: [{ case_id: a, outcome: 'fail', aspects: ['timeliness'], note: '   ' }, { case_id: b, outcome: 'pass', aspects: ['timeliness'] }] }, 'YQ_ERR_BAD_CHECK_RESULT'],
      ['POST', `/api/review/checks/${lixia.body.id}/result`, { results: [{ case_id: a, outcome: 'fail', aspects: ['timeliness'], note: 'x'.repeat(2001) }, { case_id: b, outcome: 'pass', aspects: ['timeliness'] }] }, 'FST_ERR_VALIDATION'],
      ['GET', '/api/review/checks?status=maybe', undefined, 'FST_ERR_VALIDATION'],
      ['GET', `/api/review/checks?from=${encodeURIComponent(iso(now))}`, undefined, 'YQ_ERR_BAD_PERIOD'],
      ['GET', '/api/review/checks?unit_id=%3Cscript%3E', undefined, 'FST_ERR_VALIDATION'],
    ]
    for (const [method, url, body, code] of refusals) {
      const res = await api<{ code: string; message: string }>(baseUrl, method, url, body)
      expect(res.status, `${method} ${url} ${JSON.stringify(body)}`).toBe(400 + (code === 'YQ_ERR_CHECK_EMPTY' ? 9 : 0))
      expect(res.body.code, url).toBe(code)
      expect(res.body.message.length).toBeGreaterThan(5)
    }
    expect(await ids('')).toEqual([all.body.id, lixia.body.id])
    expect(await ids('?status=open')).toEqual([lixia.body.id])
  })

  it('a check of a unit samples the cases of the units below it too (a city, its districts and departments), never another city\'s', async () => {
    const { baseUrl } = await startReviewApp(seeded(11))
    const district = await closedCase(baseUrl, '历下区甲', '370102')
    const department = await closedCase(baseUrl, '济南应急乙', '370100-yjj')
    await closedCase(baseUrl, '市南区丙', '370202')
    const jinan = await api<Check>(baseUrl, 'POST', '/api/review/checks', { n: 5, from: iso(FROM), to: iso(TO), unit_id: '370100' })
    expect(jinan.status).toBe(201)
    expect(jinan.body.unit_id).toBe('370100')
    expect(jinan.body.cases.map((c) => c.id).sort((x, y) => x - y)).toEqual([district, department].sort((x, y) => x - y))
    // A unit with none below it draws its own only.
    const lixia = await api<Check>(baseUrl, 'POST', '/api/review/checks', { n: 5, from: iso(FROM), to: iso(TO), unit_id: '370102' })
    expect(lixia.body.cases.map((c) => c.id)).toEqual([district])
    // The province reaches every unit.
    const province = await api<Check>(baseUrl, 'POST', '/api/review/checks', { n: 5, from: iso(FROM), to: iso(TO), unit_id: '370000' })
    expect(province.body.cases).toHaveLength(3)
  })
})
