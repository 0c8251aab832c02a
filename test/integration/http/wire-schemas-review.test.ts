import { describe, expect, it } from 'vitest'
import { ErrorSchema } from '@shared/api/common.ts'
import { BulletinList, CheckList, IssuedBulletin, SpotCheck, Timeliness, TimelinessReport } from '@shared/api/review.ts'
import type { Case } from '@shared/types/case.ts'
import { listBulletins } from '../../../server/review/bulletins.ts'
import { getCheck } from '../../../server/review/checks.ts'
import { loadTimeliness } from '../../../server/review/review-data.ts'
import { api } from '../../helpers/case-fixtures.ts'
import { fileEvent, openCase, seeded, startReviewApp } from '../../helpers/review-fixtures.ts'
import { closed, problems } from '../../helpers/wire-check.ts'

const H = 3_600_000
const DAY = 24 * H
const iso = (t: number) => new Date(t).toISOString()

describe('the review wire schemas (shared/api/review.ts) describe what the server really sends', () => {
  it('a review with an extension, a claimed time, a 退回, a flag and a 不合格 check, its checks and its issued 通报 match, before and after serialization', async () => {
    const { app, baseUrl } = await startReviewApp(seeded(11))
    const now = Date.now()
    const from = iso(now - 3 * DAY)
    const to = iso(now + 3 * DAY)

    // 历下区: an approved 延期 of its 回应, answered with a claimed time an hour back, then closed (so a check can draw it).
    const own = await openCase(baseUrl, { title: '历下区芙蓉街商户占道经营', unit_id: '370102', clock_start: iso(now - 40 * H) })
    const before = (await api<Case>(baseUrl, 'GET', `/api/cases/${own}`)).body.deadlines.find((d) => d.kind === 'response')!
    const asked = await api<Case>(baseUrl, 'POST', `/api/cases/${own}/events`, { type: 'extension_requested', deadline_kind: 'response', deadline_index: 0, to: iso(Date.parse(before.due_at) + DAY), reason: '需现场核查' })
    const requestId = asked.body.timeline.find((e) => e.type === 'extension_requested')!.id
    expect((await api(baseUrl, 'POST', `/api/cases/${own}/events`, { type: 'extension_decided', request_id: requestId, decision: 'approved' })).status).toBe(201)
    await fileEvent(baseUrl, own, 'response', iso(now - H))
    await fileEvent(baseUrl, own, 'closed', iso(now - H / 2))
    expect((await api(baseUrl, 'POST', `/api/cases/${own}/events`, { type: 'flagged', flag: 'late_report', note: '迟报' })).status).toBe(201)
    // 济南市应急管理局 forwards a case to 历下区, which returns it.
    const forwarded = await openCase(baseUrl, { title: '历下区一工地夜间施工扰民', unit_id: '370100-yjj', clock_start: iso(now - 2 * H) })
    await fileEvent(baseUrl, forwarded, 'forwarded', iso(now - 10 * 60_000), { unit_id: '370102' })
    expect((await api(baseUrl, 'POST', `/api/cases/${forwarded}/events`, { type: 'returned', reason: '属市级重点工程' })).status).toBe(201)

    const drawn = await api<SpotCheck>(baseUrl, 'POST', '/api/review/checks', { n: 5, from, to })
    expect(drawn.status).toBe(201)
    expect(drawn.body.cases.map((c) => c.id)).toEqual([own])
    const results = [{ case_id: own, outcome: 'fail', aspects: ['timeliness', 'public_link'], note: '链接失效' }]
    const recorded = await api<SpotCheck>(baseUrl, 'POST', `/api/review/checks/${drawn.body.id}/result`, { results })
    expect(recorded.status).toBe(200)
    const issued = await api<IssuedBulletin>(baseUrl, 'POST', '/api/review/bulletins', { from, to })
    expect(issued.status).toBe(201)

    const review = await api<Timeliness>(baseUrl, 'GET', `/api/review/timeliness?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&by=unit`)
    expect(review.status).toBe(200)
    // Every optional part of a case row is present, so the closed check below covers it.
    const rows = review.body.cases.filter((c) => c.unit_id === '370102')
    expect(rows.some((r) => r.deadlines.some((d) => d.extension && d.met_claim))).toBe(true)
    expect(rows.some((r) => r.returns?.length)).toBe(true)
    expect(rows.some((r) => r.failed_checks.length && r.flags.length)).toBe(true)
    expect(problems(Timeliness, review.body)).toEqual([])
    const built = await loadTimeliness(app.db, { from, to }, new Date(), 'unit')
    expect(problems(closed(TimelinessReport), built)).toEqual([])
    // What the serializer kept is what the server built (the schema drops nothing).
    expect(review.body.cases).toEqual(JSON.parse(JSON.stringify(built.cases)))

    const checks = await api<CheckList>(baseUrl, 'GET', '/api/review/checks?status=fail')
    expect(checks.body.checks.map((c) => c.id)).toEqual([drawn.body.id])
    expect(problems(CheckList, checks.body)).toEqual([])
    const check = await getCheck(app.db, drawn.body.id)
    expect(check.results?.[0]).toMatchObject({ unit_id: '370102', note: '链接失效' })
    expect(problems(closed(SpotCheck), check)).toEqual([])
    expect(recorded.body).toEqual(check)

    const bulletins = await api<BulletinList>(baseUrl, 'GET', '/api/review/bulletins')
    expect(problems(BulletinList, bulletins.body)).toEqual([])
    expect(problems(closed(BulletinList), { bulletins: await listBulletins(app.db) })).toEqual([])
    expect(bulletins.body.bulletins[0]).toEqual(issued.body)
  })

  it('a review refusal (a period the wrong way round) matches the shared error schema', async () => {
    const { baseUrl } = await startReviewApp(seeded(1))
    const bad = await api<unknown>(baseUrl, 'GET', `/api/review/timeliness?from=${encodeURIComponent(iso(Date.now()))}&to=${encodeURIComponent(iso(Date.now() - DAY))}`)
    expect(bad.status).toBe(400)
    expect(bad.body).toMatchObject({ code: 'YQ_ERR_BAD_PERIOD' })
    expect(problems(closed(ErrorSchema), bad.body)).toEqual([])
  })
})
