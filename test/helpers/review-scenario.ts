import { fileEvent, openCase } from './review-fixtures.ts'

const H = 3_600_000
const DAY = 24 * H

/** Monday 2026-11-02 00:00 北京时间 to Monday 2026-11-16 00:00 北京时间: two whole weeks. */
export const SCENARIO_FROM = '2026-11-01T16:00:00.000Z'
export const SCENARIO_TO = '2026-11-15T16:00:00.000Z'
const T0 = Date.parse(SCENARIO_FROM)

type Ev = [type: string, hour: number, extra?: Record<string, string>]
interface Spec {
  n: number
  unit: string
  day: number
  hour?: number
  incident?: boolean
  drill?: boolean
  events: Ev[]
}

const resp = (h: number): Ev => ['response', h]
const fwd = (unit: string, h: number): Ev => ['forwarded', h, { unit_id: unit }]

/**
 * 40 cases across 6 units, each a known timeline (hours from its clock start, which is `day`
 * days after SCENARIO_FROM). The expected figures are worked out by hand in
 * test/integration/review/review-acceptance.test.ts.
 */
export const SCENARIO: Spec[] = [
  // 济南市历下区: eight responses, all on time (6…40 h).
  ...[6, 8, 10, 12, 20, 24, 30, 40].map((h, k): Spec => ({ n: k + 1, unit: '370102', day: k, hour: 2, events: [resp(h)] })),
  // 青岛市市南区: five on time, two late (50 h, 60 h).
  ...[5, 10, 15, 20, 25].map((h, k): Spec => ({ n: k + 9, unit: '370202', day: k + 1, hour: 4, events: [resp(h)] })),
  { n: 14, unit: '370202', day: 2, events: [resp(50)] },
  { n: 15, unit: '370202', day: 6, events: [resp(60)] },
  // 济南市应急管理局: major incidents (5 h / 24 h / follow-up) and three opinions; two flags.
  { n: 16, unit: '370100-yjj', day: 0, hour: 1, incident: true, events: [['authoritative_info', 3], ['press_conference', 20], ['closed', 22]] },
  { n: 17, unit: '370100-yjj', day: 3, incident: true, events: [['authoritative_info', 7], ['press_conference', 23], ['closed', 25]] },
  { n: 18, unit: '370100-yjj', day: 5, incident: true, events: [['flagged', 30, { flag: 'ineffective_handling' }]] },
  { n: 19, unit: '370100-yjj', day: 8, incident: true, events: [['authoritative_info', 2], ['press_conference', 10], ['follow_up', 30], ['closed', 40]] },
  { n: 20, unit: '370100-yjj', day: 9, events: [resp(12), ['flagged', 20, { flag: 'improper_response' }]] },
  { n: 21, unit: '370100-yjj', day: 10, events: [resp(30)] },
  { n: 22, unit: '370100-yjj', day: 11, events: [resp(47)] },
  // 青岛市卫生健康委员会: three forwarded (签收 1 h, one late) and six responses on time.
  { n: 23, unit: '370200-wjw', day: 1, events: [fwd('370200-wjw', 0.5), ['acknowledged', 1], resp(20)] },
  { n: 24, unit: '370200-wjw', day: 2, events: [fwd('370200-wjw', 1), ['acknowledged', 3], resp(30)] },
  { n: 25, unit: '370200-wjw', day: 4, events: [fwd('370200-wjw', 0), ['acknowledged', 0.25], resp(47)] },
  { n: 26, unit: '370200-wjw', day: 7, events: [resp(10)] },
  { n: 27, unit: '370200-wjw', day: 9, events: [resp(20)] },
  { n: 28, unit: '370200-wjw', day: 10, events: [resp(44)] },
  // 山东省教育厅: two on time, two never answered; two due outside the period.
  { n: 29, unit: '370000-jyj', day: 0, events: [resp(5)] },
  { n: 30, unit: '370000-jyj', day: 3, events: [resp(36)] },
  { n: 31, unit: '370000-jyj', day: 6, events: [] },
  { n: 32, unit: '370000-jyj', day: 11, events: [] },
  { n: 33, unit: '370000-jyj', day: 12, events: [resp(50)] }, // due exactly at `to`: next period
  { n: 34, unit: '370000-jyj', day: -3, events: [resp(60)] }, // due before `from`: previous period
  // 烟台市: one late, one answered only after the period ended, one flag, one drill.
  { n: 35, unit: '370600', day: 1, events: [resp(24)] },
  { n: 36, unit: '370600', day: 4, events: [resp(49)] },
  { n: 37, unit: '370600', day: 8, events: [resp(12)] },
  { n: 38, unit: '370600', day: 10, events: [resp(6), ['flagged', 24, { flag: 'late_report' }]] },
  { n: 39, unit: '370600', day: 11, events: [resp(80)] },
  { n: 40, unit: '370600', day: 2, drill: true, events: [['flagged', 5, { flag: 'improper_response' }]] },
]

const TITLES: Record<string, string> = {
  '370102': '历下区群众反映供暖不热',
  '370202': '市南区道路积水引发关注',
  '370100-yjj': '济南市一化工厂发生爆炸',
  '370200-wjw': '青岛市某医院就诊排队过长',
  '370000-jyj': '省内高校招生政策解读',
  '370600': '烟台市出租车涨价舆情',
}

/** Opens the 40 cases through the real API (clock starts in the past) and files their events with past times. */
export async function buildScenario(baseUrl: string): Promise<number[]> {
  const ids: number[] = []
  for (const s of SCENARIO) {
    const start = T0 + s.day * DAY + (s.hour ?? 0) * H
    const id = await openCase(baseUrl, {
      title: `${TITLES[s.unit]}（${s.n}）`,
      unit_id: s.unit,
      clock_start: new Date(start).toISOString(),
      kind: s.incident ? 'incident' : 'opinion',
      level: s.incident ? 'II' : 'III',
      drill: s.drill,
    })
    for (const [type, hour, extra] of s.events) await fileEvent(baseUrl, id, type, new Date(start + hour * H).toISOString(), extra)
    ids.push(id)
  }
  return ids
}
