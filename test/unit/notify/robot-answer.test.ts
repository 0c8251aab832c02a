import { describe, expect, it } from 'vitest'
import { robotResult } from '../../../server/notify/channels/robot-answer.ts'
import { DINGTALK_RULES, FEISHU_RULES, WECOM_RULES } from '../../../server/notify/channels/words.ts'

describe('reading a robot answer', () => {
  it('code 0 (number or numeric string) is sent', () => {
    expect(robotResult('企业微信机器人', WECOM_RULES, { code: 0, msg: 'ok' }, [])).toEqual({ ok: true })
    expect(robotResult('飞书机器人', FEISHU_RULES, { code: '0', msg: 'success' }, [])).toEqual({ ok: true })
  })

  it('钉钉 310000 is told apart by its message', () => {
    const words = (msg: string) => (robotResult('钉钉机器人', DINGTALK_RULES, { code: 310000, msg }, []) as { error: string }).error
    expect(words('sign not match')).toMatch(/加签校验失败/)
    expect(words('invalid timestamp')).toMatch(/时间戳无效/)
    expect(words('keywords not in content')).toMatch(/关键词/)
    expect(words('ip X.X.X.X not in whitelist')).toMatch(/白名单/)
    expect(words('something new')).toBe('钉钉机器人安全设置校验失败（310000）')
  })

  it('飞书 9499 is a rate limit only when it says too many', () => {
    expect(robotResult('飞书机器人', FEISHU_RULES, { code: 9499, msg: 'too many request' }, [])).toMatchObject({ rateLimited: true, retryable: true })
    expect(robotResult('飞书机器人', FEISHU_RULES, { code: 9499, msg: 'Bad Request' }, [])).toMatchObject({ rateLimited: false, retryable: false })
  })

  it('an answer without a code is not a robot answer; an unknown code is reported with it; secrets scrubbed', () => {
    expect(robotResult('企业微信机器人', WECOM_RULES, { code: undefined, msg: undefined }, [])).toMatchObject({ ok: false, error: '渠道返回的 JSON 不是企业微信机器人的回答（地址可能不是机器人地址）' })
    const r = robotResult('企业微信机器人', WECOM_RULES, { code: 12345, msg: 'bad key abcdef123456' }, ['abcdef123456'])
    expect(r).toEqual({ ok: false, retryable: false, rateLimited: false, error: '企业微信机器人返回错误（12345）', detail: '12345 bad key ****' })
  })

  it('every rate-limit rule is retryable and says when to come back', () => {
    for (const rule of [...WECOM_RULES, ...DINGTALK_RULES, ...FEISHU_RULES].filter((r) => r.rateLimited)) {
      expect(rule.retryable).toBe(true)
      expect(rule.retryAfterMs).toBeGreaterThan(0)
      expect(rule.words).toMatch(/限流/)
    }
  })
})
