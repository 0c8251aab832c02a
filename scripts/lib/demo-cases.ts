/**
 * Demo cases for screenshots and the wall benchmark, created through the public API as an
 * operator would, with clock starts chosen so the wall shows every countdown state at once.
 */
const HOUR_MS = 3_600_000
const MINUTE_MS = 60_000

interface DemoCase {
  title: string
  kind: 'incident' | 'opinion'
  level: 'I' | 'II' | 'III' | 'IV'
  unit_id: string
  lead_unit_id?: string
  /** How long ago the clock started. */
  ago_ms: number
  /** Milestones already filed: [event type, how long after the clock start]. */
  met?: [string, number][]
}

export const DEMO_CASES: readonly DemoCase[] = [
  { title: '章丘区化工企业爆炸 已致3人受伤', kind: 'incident', level: 'II', unit_id: '370100-yjj', lead_unit_id: '370100', ago_ms: 6 * HOUR_MS + 12 * MINUTE_MS },
  { title: '青岛市黄岛区在建工地塔吊倒塌', kind: 'incident', level: 'I', unit_id: '370211', lead_unit_id: '370200', ago_ms: 4 * HOUR_MS + 25 * MINUTE_MS },
  { title: '烟台市芝罘区部分小区自来水有异味', kind: 'incident', level: 'II', unit_id: '370602', ago_ms: 3 * HOUR_MS, met: [['authoritative_info', 2 * HOUR_MS + 10 * MINUTE_MS]] },
  { title: '历下区一小学午餐分量不足引发家长关注', kind: 'opinion', level: 'IV', unit_id: '370100-jyj', ago_ms: 16 * HOUR_MS + 20 * MINUTE_MS },
  { title: '淄博市张店区供暖不热投诉集中', kind: 'opinion', level: 'III', unit_id: '370300', ago_ms: 50 * HOUR_MS + 5 * MINUTE_MS },
  { title: '潍坊市公交线路调整引发市民讨论', kind: 'opinion', level: 'IV', unit_id: '370700', ago_ms: 44 * HOUR_MS + 30 * MINUTE_MS },
  { title: '临沂市兰山区某小区物业纠纷', kind: 'opinion', level: 'III', unit_id: '371300', ago_ms: 30 * HOUR_MS },
  { title: '德州市部分乡镇卫生院药品短缺', kind: 'opinion', level: 'III', unit_id: '371400', ago_ms: 20 * HOUR_MS },
  { title: '聊城市一学校校车超载视频', kind: 'opinion', level: 'IV', unit_id: '371500', ago_ms: 10 * HOUR_MS },
  { title: '济宁市城区道路积水问题', kind: 'opinion', level: 'IV', unit_id: '370800', ago_ms: 5 * HOUR_MS },
  { title: '菏泽市农民工工资拖欠反映', kind: 'opinion', level: 'III', unit_id: '371700', ago_ms: 2 * HOUR_MS },
  { title: '泰安市景区门票价格争议', kind: 'opinion', level: 'IV', unit_id: '370900', ago_ms: 1 * HOUR_MS },
  { title: '日照市海滨浴场安全管理', kind: 'opinion', level: 'IV', unit_id: '371100', ago_ms: 60 * HOUR_MS, met: [['response', 50 * HOUR_MS]] },
  { title: '威海市渔港油污投诉', kind: 'opinion', level: 'IV', unit_id: '371000', ago_ms: 40 * HOUR_MS, met: [['response', 20 * HOUR_MS]] },
]

async function post(baseUrl: string, path: string, body: unknown): Promise<{ id: number }> {
  const res = await fetch(`${baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status} ${await res.text()}`)
  return (await res.json()) as { id: number }
}

/** Creates the cases (and their filed milestones) relative to `now`; returns their ids. */
export async function seedDemoCases(baseUrl: string, now: Date, cases: readonly DemoCase[] = DEMO_CASES): Promise<number[]> {
  const ids: number[] = []
  for (const c of cases) {
    const start = now.getTime() - c.ago_ms
    const created = await post(baseUrl, '/api/cases', {
      title: c.title,
      kind: c.kind,
      level: c.level,
      item_ids: [],
      unit_id: c.unit_id,
      lead_unit_id: c.lead_unit_id,
      clock_start: new Date(start).toISOString(),
      clock_start_reason: '演示数据',
      actor: 'demo',
    })
    for (const [type, after] of c.met ?? []) {
      await post(baseUrl, `/api/cases/${created.id}/events`, { type, at: new Date(start + after).toISOString(), url: 'https://www.shandong.gov.cn/demo', actor: 'demo' })
    }
    ids.push(created.id)
  }
  return ids
}

/** `n` opinion and incident cases spread over the clocks, for the wall benchmark (2 deadlines each for incidents I/II). */
export function manyCases(n: number): DemoCase[] {
  const units = ['370100', '370200', '370300', '370400', '370500', '370600', '370700', '370800', '370900', '371000', '371100', '371300', '371400', '371500', '371600', '371700']
  return Array.from({ length: n }, (_, i) => ({
    title: `压测案件 ${i + 1} 号 某地群众反映问题`,
    kind: 'incident' as const,
    level: i % 2 ? ('I' as const) : ('II' as const),
    unit_id: units[i % units.length]!,
    ago_ms: ((i * 7919) % (30 * 60)) * MINUTE_MS,
  }))
}
