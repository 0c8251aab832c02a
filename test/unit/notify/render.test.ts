import { describe, expect, it } from 'vitest'
import { refill, retryDelayMs, RETRY_MAX_MS } from '@shared/notify/delivery-policy.ts'
import { renderDigest, renderMessage, type MessageFacts } from '@shared/notify/render.ts'

const FACTS: MessageFacts = {
  cause: 'forwarded',
  level: 'II',
  title: '济南市历下区一化工厂发生爆炸',
  case_id: 42,
  story_id: null,
  unit_name: '济南市历下区应急管理局',
  deadline: { kind: 'authoritative_info', due_at: '2026-03-10T06:05:00.000Z' },
}

describe('renderMessage()', () => {
  it('Chinese heading, unit, deadline in 北京时间 with time left, and the absolute case link', () => {
    const m = renderMessage(FACTS, 'https://yq.example.gov.cn/', new Date('2026-03-10T03:35:00Z'))
    expect(m.title).toBe('【Ⅱ级·转办】济南市历下区一化工厂发生爆炸')
    expect(m.text.split('\n')).toEqual([
      '【Ⅱ级·转办】济南市历下区一化工厂发生爆炸',
      '责任单位：济南市历下区应急管理局',
      '时限：发布权威信息 北京时间 14:05 截止（剩余 2.5 小时）',
      '签收：https://yq.example.gov.cn/cases/42',
    ])
    expect(m.link).toBe('https://yq.example.gov.cn/cases/42')
    expect(m.markdown).toContain('[签收](https://yq.example.gov.cn/cases/42)')
  })
  it('an overdue reminder says how late, an escalation names the unit that missed and why', () => {
    const m = renderMessage({ ...FACTS, cause: 'escalated', level: 'IV', reason: '转办后未在签收时限内签收' }, 'http://127.0.0.1:8080', new Date('2026-03-10T06:45:00Z'))
    expect(m.text).toContain('未按时办理单位：济南市历下区应急管理局')
    expect(m.text).toContain('（已超时 40 分钟）')
    expect(m.text).toContain('原因：转办后未在签收时限内签收')
    expect(m.text).toContain('查看：http://127.0.0.1:8080/cases/42')
  })
})

describe('renderDigest()', () => {
  const many = Array.from({ length: 50 }, (_, i) => renderMessage({ ...FACTS, title: `线索${i}` }, 'https://x.cn', new Date('2026-03-10T03:35:00Z')))
  it('one digest when it fits, carrying every message', () => {
    const parts = renderDigest(many.slice(0, 5), 6000)
    expect(parts).toHaveLength(1)
    expect(parts[0]!.members).toEqual([0, 1, 2, 3, 4])
    expect(parts[0]!.message.title).toBe('【预警汇总】5 条')
  })
  it('splits to the channel size: every part within maxChars, every message in exactly one part, in order', () => {
    const parts = renderDigest(many, 1300)
    expect(parts.length).toBeGreaterThan(1)
    for (const p of parts) expect([...p.message.text].length).toBeLessThanOrEqual(1300)
    expect(parts.flatMap((p) => p.members)).toEqual(many.map((_, i) => i))
    expect(parts[1]!.message.title).toMatch(/^【预警汇总】\d+ 条（第 2\/\d+ 部分）$/)
  })
  it('a message longer than a whole part is cut, not dropped', () => {
    const long = renderMessage({ ...FACTS, title: '长'.repeat(500) }, 'https://x.cn', new Date())
    const parts = renderDigest([long, many[0]!], 70)
    expect(parts.flatMap((p) => p.members)).toEqual([0, 1])
    for (const p of parts) expect([...p.message.text].length).toBeLessThanOrEqual(70)
  })
})

describe('delivery policy', () => {
  it('backs off exponentially with jitter in the upper half, capped', () => {
    expect(retryDelayMs(1, 0)).toBe(2500)
    expect(retryDelayMs(1, 0.999)).toBeLessThanOrEqual(5000)
    expect(retryDelayMs(3, 0)).toBe(10_000)
    expect(retryDelayMs(30, 0.5)).toBeLessThanOrEqual(RETRY_MAX_MS)
  })
  it('a token bucket starts full and refills at the documented rate', () => {
    const b = refill(undefined, 20, 0)
    expect(b.tokens).toBe(20)
    expect(refill({ tokens: 0, at: 0 }, 20, 30_000).tokens).toBe(10)
    expect(refill({ tokens: 19, at: 0 }, 20, 60_000).tokens).toBe(20)
  })
})
