import { describe, expect, it } from 'vitest'
import type { Case } from '@shared/types/case.ts'
import { sampleIds } from '@shared/review/sample.ts'
import { api } from '../../helpers/case-fixtures.ts'
import { fileEvent, openCase, seeded, startReviewApp } from '../../helpers/review-fixtures.ts'

const H = 3_600_000
const DAY = 24 * H
const now = Date.now()
const iso = (t: number) => new Date(t).toISOString()
// A period that ended yesterday and spans ten days, so every deadline in it is decided.
const TO = now - DAY
const FROM = TO - 10 * DAY
const q = (extra = '') => `from=${encodeURIComponent(iso(FROM))}&to=${encodeURIComponent(iso(TO))}${extra}`

describe('review API refusals', () => {
  it('GET /api/review/timeliness refuses bad periods and groupings with their reason when asked wrongly', async () => {
    const { baseUrl } = await startReviewApp(seeded(1))
    const cases: [string, string, string][] = [
      ['', 'YQ_ERR_BAD_PERIOD', 'from is required'],
      ['from=2026-11-01&to=2026-12-01T00:00:00Z', 'YQ_ERR_BAD_PERIOD', 'from must be an ISO 8601 time with a zone'],
      ['from=2026-12-01T00:00:00Z&to=2026-11-01T00:00:00Z', 'YQ_ERR_BAD_PERIOD', 'must be before'],
      ['from=2026-11-01T00:00:00Z&to=2026-11-01T00:00:00Z', 'YQ_ERR_BAD_PERIOD', 'must be before'],
      ['from=2020-01-01T00:00:00Z&to=2026-01-01T00:00:00Z', 'YQ_ERR_BAD_PERIOD', 'at most 370 days'],
      ['from=2026-11-01T00:00:00Z&to=not-a-time', 'YQ_ERR_BAD_PERIOD', 'to must be'],
      ['from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z&by=province', 'YQ_ERR_BAD_GROUPING', 'by must be one of unit, city, department, level'],
    ]
    for (const [query, code, message] of cases) {
      const res = await api<{ code: string; message: string }>(baseUrl, 'GET', `/api/review/timeliness?${query}`)
      expect(res.status, query).toBe(400)
      expect(res.body.code, query).toBe(code)
      expect(res.body.message, query).toContain(message)
    }
    const unknown = await api<{ statusCode: number }>(baseUrl, 'GET', '/api/review/timeliness?from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z&evil=1')
    expect(unknown.status).toBe(400)
    const format = await api<{ code: string }>(baseUrl, 'GET', '/api/review/bulletin?from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z&format=pdf')
    expect(format.body.code).toBe('YQ_ERR_BAD_PERIOD')
    const issue = await api<{ code: string }>(baseUrl, 'POST', '/api/review/bulletins', { from: '2026-11-01T00:00:00Z', to: 'yesterday' })
    expect(issue.status).toBe(400)
    expect((await api<{ bulletins: unknown[] }>(baseUrl, 'GET', '/api/review/bulletins')).body.bulletins).toEqual([])
  })
})

describe('bulletins issued', () => {
  it('POST /api/review/bulletins stores version 2 with what changed when a correction follows, and refuses an identical reissue', async () => {
    const { baseUrl } = await startReviewApp(seeded(1))
    const a = await openCase(baseUrl, { title: '历下区供暖投诉', unit_id: '370102', clock_start: iso(FROM + DAY) })
    const b = await openCase(baseUrl, { title: '市南区道路积水', unit_id: '370202', clock_start: iso(FROM + DAY) })
    await fileEvent(baseUrl, a, 'response', iso(FROM + DAY + 3 * H))

    const v1 = await api<{ version: number; changes: unknown[] }>(baseUrl, 'POST', '/api/review/bulletins', { from: iso(FROM), to: iso(TO), actor: '省政府办公厅 李某' })
    expect(v1.status).toBe(201)
    expect(v1.body.version).toBe(1)
    expect(v1.body.changes).toEqual([])
    const again = await api<{ code: string }>(baseUrl, 'POST', '/api/review/bulletins', { from: iso(FROM), to: iso(TO) })
    expect(again.status).toBe(409)
    expect(again.body.code).toBe('YQ_ERR_BULLETIN_UNCHANGED')

    // 1. A late response filed afterwards (backdated) changes 市南区 from overdue to late.
    await fileEvent(baseUrl, b, 'response', iso(FROM + 4 * DAY))
    const v2 = await api<{ version: number; changes: { what: string; before: unknown; after: unknown }[] }>(baseUrl, 'POST', '/api/review/bulletins', { from: iso(FROM), to: iso(TO) })
    expect(v2.body.version).toBe(2)
    expect(v2.body.changes).toEqual([
      { what: 'totals.met_late', before: 0, after: 1 },
      { what: 'totals.overdue', before: 1, after: 0 },
      { what: 'unit 370202 met_late', before: 0, after: 1 },
      { what: 'unit 370202 overdue', before: 1, after: 0 },
    ])
    const list = await api<{ bulletins: { version: number; issued_by: string }[] }>(baseUrl, 'GET', '/api/review/bulletins')
    // The signed-in account issues, whatever name the body claims.
    expect(list.body.bulletins.map((x) => [x.version, x.issued_by])).toEqual([
      [1, 'admin'],
      [2, 'admin'],
    ])

    // 2. Version 1 still reads as it was issued; version 2 says what it corrects.
    const html1 = await (await fetch(`${baseUrl}/api/review/bulletin?${q('&version=1')}`)).text()
    expect(html1).toContain('（第1版）')
    expect(html1).toMatch(/超时未办<b data-fig="overdue">1<\/b>/)
    const html2 = await (await fetch(`${baseUrl}/api/review/bulletin?${q('&version=2')}`)).text()
    expect(html2).toContain('第2版（更正）')
    expect(html2).toContain('青岛市市南区超时未办：1 → 0')
    const missing = await api<{ code: string }>(baseUrl, 'GET', `/api/review/bulletin?${q('&version=3')}`)
    expect(missing.status).toBe(404)
    expect(missing.body.code).toBe('YQ_ERR_BULLETIN_NOT_FOUND')
  })

  it('GET /api/review/bulletin escapes hostile titles in HTML and neutralises formulas in CSV when titles carry them', async () => {
    const { baseUrl } = await startReviewApp(seeded(1))
    const id = await openCase(baseUrl, { title: '=HYPERLINK("http://evil")<script>alert(1)</script>', unit_id: '370102', clock_start: iso(FROM + DAY) })
    await fileEvent(baseUrl, id, 'response', iso(FROM + 4 * DAY))
    const html = await (await fetch(`${baseUrl}/api/review/bulletin?${q()}`)).text()
    expect(html).not.toContain('<script>alert')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    const csv = await (await fetch(`${baseUrl}/api/review/bulletin?${q('&format=csv')}`)).text()
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")<script>alert(1)</script>"`)
  })
})

describe('irregular checks (不定期检查)', () => {
  it('POST /api/review/checks samples closed cases with the injected randomness and records the result on each timeline', async () => {
    const { baseUrl } = await startReviewApp(seeded(42))
    const ids: number[] = []
    for (let i = 0; i < 5; i++) {
      const id = await openCase(baseUrl, { title: `事项${i}`, unit_id: '370102', clock_start: iso(FROM + DAY) })
      await fileEvent(baseUrl, id, 'response', iso(FROM + DAY + H))
      if (i < 4) await fileEvent(baseUrl, id, 'closed', iso(FROM + 2 * DAY))
      ids.push(id)
    }
    const drill = await openCase(baseUrl, { title: '演练事项', unit_id: '370102', clock_start: iso(FROM + DAY), drill: true })
    await fileEvent(baseUrl, drill, 'closed', iso(FROM + 2 * DAY))

    // seeded(42) draws in this order from the four closed cases (the open one and the drill are never drawn).
    const created = await api<{ id: number; cases: { id: number }[] }>(baseUrl, 'POST', '/api/review/checks', { n: 2, from: iso(FROM), to: iso(TO) })
    expect(created.status).toBe(201)
    const picked = created.body.cases.map((c) => c.id)
    expect(picked).toEqual(sampleIds(ids.slice(0, 4), 2, seeded(42)))

    const wrong = await api<{ code: string; message: string }>(baseUrl, 'POST', `/api/review/checks/${created.body.id}/result`, { results: [{ case_id: ids[4], outcome: 'pass', aspects: ['timeliness'] }] })
    expect(wrong.status).toBe(400)
    expect(wrong.body.code).toBe('YQ_ERR_BAD_CHECK_RESULT')
    expect(wrong.body.message).toContain(`not in this check: ${ids[4]}`)
    const bad = await api<{ statusCode: number }>(baseUrl, 'POST', `/api/review/checks/${created.body.id}/result`, { results: [{ case_id: picked[0], outcome: 'maybe', aspects: ['timeliness'] }] })
    expect(bad.status).toBe(400)

    const results = [
      { case_id: picked[0], outcome: 'pass', aspects: ['timeliness', 'response_content'], note: '回应及时，内容得当' },
      { case_id: picked[1], outcome: 'fail', aspects: ['public_link'], note: '回应链接失效' },
    ]
    const recorded = await api<{ results: unknown[]; recorded_by: string }>(baseUrl, 'POST', `/api/review/checks/${created.body.id}/result`, { results, actor: '督查室 王某' })
    expect(recorded.status).toBe(200)
    expect(recorded.body.recorded_by).toBe('admin')
    const kase = await api<Case>(baseUrl, 'GET', `/api/cases/${picked[1]}`)
    const entry = kase.body.timeline.find((e) => e.type === 'spot_checked')
    expect(entry).toMatchObject({ outcome: 'fail', note: '回应链接失效', aspects: ['public_link'], unit_id: '370102', check_id: created.body.id, actor: 'admin' })
    expect(kase.body.status).toBe('closed')
    const twice = await api<{ code: string }>(baseUrl, 'POST', `/api/review/checks/${created.body.id}/result`, { results })
    expect(twice.status).toBe(409)
    expect(twice.body.code).toBe('YQ_ERR_CHECK_ALREADY_RECORDED')
    // Refused results wrote nothing: exactly one spot_checked entry.
    expect(kase.body.timeline.filter((e) => e.type === 'spot_checked')).toHaveLength(1)
    // The spot_checked type is the server's to write, not an operator's.
    const forged = await api<{ code: string }>(baseUrl, 'POST', `/api/cases/${ids[0]}/events`, { type: 'spot_checked', at: iso(now - H) })
    expect(forged.body.code).toBe('YQ_ERR_BAD_CASE_EVENT')

    const listed = await api<{ checks: { id: number; results: unknown[] | null }[] }>(baseUrl, 'GET', '/api/review/checks')
    expect(listed.body.checks.map((c) => [c.id, c.results?.length])).toEqual([[created.body.id, 2]])
    expect((await api<{ recorded_by: string }>(baseUrl, 'GET', `/api/review/checks/${created.body.id}`)).body.recorded_by).toBe('admin')
    expect((await api<{ code: string }>(baseUrl, 'GET', '/api/review/checks/999')).body.code).toBe('YQ_ERR_CHECK_NOT_FOUND')

    const none = await api<{ code: string }>(baseUrl, 'POST', '/api/review/checks', { n: 3, from: iso(FROM - 30 * DAY), to: iso(FROM) })
    expect(none.status).toBe(409)
    expect(none.body.code).toBe('YQ_ERR_CHECK_EMPTY')
    expect((await api(baseUrl, 'POST', '/api/review/checks/999/result', { results })).status).toBe(404)
  })
})
