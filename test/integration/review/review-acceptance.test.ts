import { describe, expect, it } from 'vitest'
import type { TimelinessReport } from '@shared/api/review.ts'
import { api } from '../../helpers/case-fixtures.ts'
import { buildScenario, SCENARIO_FROM, SCENARIO_TO } from '../../helpers/review-scenario.ts'
import { seeded, startReviewApp } from '../../helpers/review-fixtures.ts'

const H = 3_600_000
const period = `from=${SCENARIO_FROM}&to=${SCENARIO_TO}`

/** Table rows of one table in the bulletin, as cell texts. */
function tableRows(html: string, cls: string): string[][] {
  const table = html.match(new RegExp(`<table class="${cls}">([\\s\\S]*?)</table>`))?.[1] ?? ''
  const body = table.split('<tbody>')[1] ?? ''
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => c[1]!))
}

/*
 * Hand-computed figures (README of the scenario: test/helpers/review-scenario.ts).
 * unit            cases due met late overdue  rate     median p90  flags  measure
 * 济南市历下区      8     8   8   0    0      100.0%   12h    40h   0      通报表扬
 * 青岛市卫生健康委  6     9   8   1    0       88.9%   20h    47h   0      —
 * 青岛市市南区      7     7   5   2    0       71.4%   20h    60h   0      通报批评
 * 济南市应急管理局  7    12   8   2    2       66.7%   12h    30h   2      约谈整改
 * 烟台市            5     5   3   1    1       60.0%   12h    49h   1      约谈整改
 * 山东省教育厅      4     4   2   0    2       50.0%    5h    36h   0      通报批评
 * total            37    45  34   6    5       75.6%   20h    47h   3
 * (case 33 due at `to`, case 34 due before `from`, case 40 a drill: all left out)
 */
const EXPECTED_UNITS = [
  ['370102', '济南市历下区', 8, 8, 8, 0, 0, 1, 12 * H, 40 * H, 0],
  ['370200-wjw', '青岛市卫生健康委员会', 6, 9, 8, 1, 0, 8 / 9, 20 * H, 47 * H, 0],
  ['370202', '青岛市市南区', 7, 7, 5, 2, 0, 5 / 7, 20 * H, 60 * H, 0],
  ['370100-yjj', '济南市应急管理局', 7, 12, 8, 2, 2, 8 / 12, 12 * H, 30 * H, 2],
  ['370600', '烟台市', 5, 5, 3, 1, 1, 3 / 5, 12 * H, 49 * H, 1],
  ['370000-jyj', '山东省教育厅', 4, 4, 2, 0, 2, 2 / 4, 5 * H, 36 * H, 0],
]

describe('timeliness review acceptance: 40 cases across 6 units', () => {
  it('the timeliness API, the CSV and the HTML bulletin state the hand-computed figures when built from known timelines', { timeout: 90_000 }, async () => {
    const { baseUrl } = await startReviewApp(seeded(7))
    const ids = await buildScenario(baseUrl)
    expect(ids).toEqual(Array.from({ length: 40 }, (_, i) => i + 1))

    // 1. The API, by unit.
    const { status, body: r } = await api<TimelinessReport & { on_time_target: number }>(baseUrl, 'GET', `/api/review/timeliness?${period}&by=unit`)
    expect(status).toBe(200)
    expect(r.as_of).toBe(SCENARIO_TO)
    expect(r.on_time_target).toBe(0.9)
    expect(r.groups.map((g) => [g.key, g.name, g.cases, g.due, g.met_on_time, g.met_late, g.overdue, g.on_time_rate, g.median_ms_to_meet, g.p90_ms_to_meet, g.flags_total])).toEqual(EXPECTED_UNITS)
    expect(r.groups.every((g) => g.pending === 0)).toBe(true)
    expect(r.totals).toMatchObject({ cases: 37, due: 45, met_on_time: 34, met_late: 6, overdue: 5, pending: 0, on_time_rate: 34 / 45, median_ms_to_meet: 20 * H, p90_ms_to_meet: 47 * H, flags_total: 3 })
    expect(r.totals.flags).toEqual({ ineffective_handling: 1, improper_response: 1, late_report: 1 })
    expect(r.totals.by_kind).toEqual({
      authoritative_info: { due: 4, met_on_time: 2, met_late: 1, overdue: 1, on_time_rate: 0.5 },
      press_conference: { due: 4, met_on_time: 3, met_late: 0, overdue: 1, on_time_rate: 0.75 },
      response: { due: 33, met_on_time: 27, met_late: 3, overdue: 3, on_time_rate: 27 / 33 },
      follow_up: { due: 1, met_on_time: 0, met_late: 1, overdue: 0, on_time_rate: 0 },
      acknowledgement: { due: 3, met_on_time: 2, met_late: 1, overdue: 0, on_time_rate: 2 / 3 },
    })
    expect(r.groups.find((g) => g.key === '370100-yjj')!.flags).toEqual({ ineffective_handling: 1, improper_response: 1, late_report: 0 })
    expect(r.time_to_meet).toEqual({
      authoritative_info: [0, 2, 1, 0, 0],
      press_conference: [0, 0, 3, 0, 0],
      response: [0, 0, 16, 11, 3],
      follow_up: [0, 0, 0, 1, 0],
      acknowledgement: [2, 1, 0, 0, 0],
    })
    expect(r.weeks).toEqual([
      { from: SCENARIO_FROM, to: '2026-11-08T16:00:00.000Z', due: 26, met_on_time: 20, on_time_rate: 20 / 26 },
      { from: '2026-11-08T16:00:00.000Z', to: SCENARIO_TO, due: 19, met_on_time: 14, on_time_rate: 14 / 19 },
    ])
    expect(r.cases.map((c) => c.id)).toEqual([...Array.from({ length: 32 }, (_, i) => i + 1), 35, 36, 37, 38, 39])
    // Case 39 answered after the period ended: overdue in it, late by the day to the period's end.
    expect(r.cases.find((c) => c.id === 39)!.deadlines).toEqual([
      { kind: 'response', starts_at: '2026-11-12T16:00:00.000Z', due_at: '2026-11-14T16:00:00.000Z', met_at: null, outcome: 'overdue', late_ms: 24 * H },
    ])

    // 2. Other groupings add up the same deadlines.
    const byCity = (await api<TimelinessReport>(baseUrl, 'GET', `/api/review/timeliness?${period}&by=city`)).body
    expect(byCity.groups.map((g) => [g.key, g.name, g.due, g.met_on_time])).toEqual([
      ['370200', '青岛市', 16, 13],
      ['370100', '济南市', 20, 16],
      ['370600', '烟台市', 5, 3],
      ['370000', '山东省（省直）', 4, 2],
    ])
    const byLevel = (await api<TimelinessReport>(baseUrl, 'GET', `/api/review/timeliness?${period}&by=level`)).body
    expect(byLevel.groups.map((g) => [g.key, g.due, g.met_on_time])).toEqual([
      ['county', 15, 13],
      ['city', 26, 19],
      ['province', 4, 2],
    ])
    const byDept = (await api<TimelinessReport>(baseUrl, 'GET', `/api/review/timeliness?${period}&by=department`)).body
    expect(byDept.groups.map((g) => [g.key, g.due, g.met_on_time])).toEqual([
      ['health', 9, 8],
      ['government', 20, 16], // 历下区 + 市南区 + 烟台市: 8+7+5 due, 8+5+3 on time
      ['emergency', 12, 8],
      ['education', 4, 2],
    ])

    // 3. The CSV: BOM, CRLF, the same figures in 北京时间.
    const csvRes = await fetch(`${baseUrl}/api/review/bulletin?${period}&format=csv`)
    expect(csvRes.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    // Named by the period's 北京时间 days: it starts on Sunday 2026-11-01 in UTC.
    expect(csvRes.headers.get('content-disposition')).toBe('attachment; filename="bulletin-20261102-20261115-draft.csv"')
    const csvBytes = new Uint8Array(await csvRes.arrayBuffer())
    expect([...csvBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const csv = new TextDecoder().decode(csvBytes.slice(3))
    const blocks = csv.split('\r\n\r\n').map((b) => b.trim().split('\r\n').map((l) => l.split(',')))
    expect(blocks[0]).toEqual([
      ['统计期间起（北京时间）', '统计期间止（北京时间，不含）', '统计截至（北京时间）', '版本', '事项数', '应办时限', '按时办结', '超时办结', '超时未办', '未到期（不计入）', '按时率', '问题标记', '检查不合格', '退回', '延期'],
      ['2026-11-02 00:00', '2026-11-16 00:00', '2026-11-16 00:00', '未印发', '37', '45', '34', '6', '5', '0', '75.6%（34/45）', '3', '0', '0', '0'],
    ])
    expect(blocks[1]).toEqual([
      ['排名', '单位编码', '单位', '事项数', '应办时限', '按时办结', '超时办结', '超时未办', '按时率', '问题标记', '检查不合格', '退回', '延期', '处理意见'],
      ['1', '370102', '济南市历下区', '8', '8', '8', '0', '0', '100.0%（8/8）', '0', '0', '0', '0', '通报表扬'],
      ['2', '370200-wjw', '青岛市卫生健康委员会', '6', '9', '8', '1', '0', '88.9%（8/9）', '0', '0', '0', '0', ''],
      ['3', '370202', '青岛市市南区', '7', '7', '5', '2', '0', '71.4%（5/7）', '0', '0', '0', '0', '通报批评'],
      ['4', '370100-yjj', '济南市应急管理局', '7', '12', '8', '2', '2', '66.7%（8/12）', '2', '0', '0', '0', '约谈整改'],
      ['5', '370600', '烟台市', '5', '5', '3', '1', '1', '60.0%（3/5）', '1', '0', '0', '0', '约谈整改'],
      ['6', '370000-jyj', '山东省教育厅', '4', '4', '2', '0', '2', '50.0%（2/4）', '0', '0', '0', '0', '通报批评'],
    ])
    const NOT_MET = '截至统计时点未办理'
    const late = [
      ['18', '济南市一化工厂发生爆炸（18）', '济南市应急管理局', '发布权威信息（5小时）', '2026-11-07 05:00', NOT_MET, '超时未办', '211小时0分'],
      ['18', '济南市一化工厂发生爆炸（18）', '济南市应急管理局', '举行新闻发布会（24小时）', '2026-11-08 00:00', NOT_MET, '超时未办', '192小时0分'],
      ['31', '省内高校招生政策解读（31）', '山东省教育厅', '回应（48小时）', '2026-11-10 00:00', NOT_MET, '超时未办', '144小时0分'],
      ['32', '省内高校招生政策解读（32）', '山东省教育厅', '回应（48小时）', '2026-11-15 00:00', NOT_MET, '超时未办', '24小时0分'],
      ['39', '烟台市出租车涨价舆情（39）', '烟台市', '回应（48小时）', '2026-11-15 00:00', NOT_MET, '超时未办', '24小时0分'],
      ['15', '市南区道路积水引发关注（15）', '青岛市市南区', '回应（48小时）', '2026-11-10 00:00', '2026-11-10 12:00', '超时办结', '12小时0分'],
      ['19', '济南市一化工厂发生爆炸（19）', '济南市应急管理局', '持续发布', '2026-11-11 02:00', '2026-11-11 06:00', '超时办结', '4小时0分'],
      ['14', '市南区道路积水引发关注（14）', '青岛市市南区', '回应（48小时）', '2026-11-06 00:00', '2026-11-06 02:00', '超时办结', '2小时0分'],
      ['17', '济南市一化工厂发生爆炸（17）', '济南市应急管理局', '发布权威信息（5小时）', '2026-11-05 05:00', '2026-11-05 07:00', '超时办结', '2小时0分'],
      ['24', '青岛市某医院就诊排队过长（24）', '青岛市卫生健康委员会', '签收', '2026-11-04 02:00', '2026-11-04 03:00', '超时办结', '1小时0分'],
      ['36', '烟台市出租车涨价舆情（36）', '烟台市', '回应（48小时）', '2026-11-08 00:00', '2026-11-08 01:00', '超时办结', '1小时0分'],
    ]
    expect(blocks[2]).toEqual([['事项编号', '事项', '责任单位', '时限', '截止时间（北京时间）', '办理时间（北京时间）', '情形', '超出'], ...late])
    expect(blocks[3]).toEqual([['检查编号', '事项编号', '事项', '责任单位', '检查时间（北京时间）', '检查内容', '不合格原因']])

    // 4. The HTML bulletin: the same figures, lists and late cases.
    const html = await (await fetch(`${baseUrl}/api/review/bulletin?${period}&format=html`)).text()
    const fig = (name: string) => html.match(new RegExp(`data-fig="${name}">([^<]*)<`))?.[1]
    expect(['cases', 'due', 'met_on_time', 'met_late', 'overdue', 'pending', 'on_time_rate', 'median', 'p90', 'flags_total'].map(fig)).toEqual(['37', '45', '34', '6', '5', '0', '75.6%（34/45）', '20小时0分', '47小时0分', '3'])
    expect(html).toContain('关于2026年11月02日至2026年11月15日政务舆情回应时效情况的通报')
    expect(html).toContain('处置不得力1次、回应不妥当1次、报告不及时1次')
    expect(tableRows(html, 'by-kind')).toEqual([
      ['发布权威信息（5小时）', '4', '2', '1', '1', '50.0%（2/4）'],
      ['举行新闻发布会（24小时）', '4', '3', '0', '1', '75.0%（3/4）'],
      ['回应（48小时）', '33', '27', '3', '3', '81.8%（27/33）'],
      ['持续发布', '1', '0', '1', '0', '0.0%（0/1）'],
      ['签收', '3', '2', '1', '0', '66.7%（2/3）'],
    ])
    expect(tableRows(html, 'ranking')).toEqual(blocks[1]!.slice(1).map(([rank, , name, ...rest]) => [rank!, name!, ...rest]))
    expect(html.match(/data-list="praise">([^<]*)</)?.[1]).toBe('济南市历下区')
    expect(html.match(/data-list="criticise">([^<]*)</)?.[1]).toBe('青岛市市南区、山东省教育厅')
    expect(html.match(/data-list="interview">([^<]*)</)?.[1]).toBe('济南市应急管理局、烟台市')
    expect(html).toContain('超时办结或超时未办2项及以上或不定期检查不合格1次及以上的，予以通报批评')
    expect(html).toContain('存在处置不得力、回应不妥当或报告不及时情形1次及以上的，予以约谈整改')
    expect(tableRows(html, 'late')).toEqual(late)
  })
})
