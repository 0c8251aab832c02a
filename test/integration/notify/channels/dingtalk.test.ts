import { describe, expect, it } from 'vitest'
import { channelAdapters } from '../../../../server/notify/channels/index.ts'
import { DINGTALK_RULES } from '../../../../server/notify/channels/words.ts'
import { testContext } from '../../../helpers/channel-server.ts'
import { sampleMessage } from '../../../helpers/notify-message.ts'
import { dingtalkSignature, startDingtalkRobot } from '../../../helpers/notify-robots.ts'

const adapter = channelAdapters.dingtalk
const words = (code: number, msg = '') => DINGTALK_RULES.find((r) => r.code === code && (!r.msg || r.msg.test(msg)))!.words

describe('钉钉 custom robot with 加签', () => {
  it('sends a markdown message whose timestamp and sign the robot verifies', async () => {
    const robot = await startDingtalkRobot()
    const config = adapter.validate({ url: robot.url, secret: robot.secret })
    expect(await adapter.send(config, sampleMessage(), testContext())).toEqual({ ok: true })
    const body = robot.delivered[0] as { msgtype: string; markdown: { title: string; text: string } }
    expect(body).toMatchObject({ msgtype: 'markdown', markdown: { title: '【Ⅱ级 转办】济南市历下区某小区供暖问题' } })
    expect(body.markdown.text).toContain('[查看案件](https://yq.example.cn/cases/42)')
    const q = robot.server.received[0]!.url.searchParams
    expect(q.get('timestamp')).toMatch(/^\d{13}$/)
    // The secret never travels; only its signature does.
    expect(robot.server.received[0]!.url.href + robot.server.received[0]!.text).not.toContain(robot.secret)
  })

  it('a signature with + / = in its base64 survives the URL (percent-encoded, not read as a space)', async () => {
    const robot = await startDingtalkRobot()
    const config = adapter.validate({ url: robot.url, secret: robot.secret })
    let at = Date.now()
    while (!/[+]/.test(dingtalkSignature(robot.secret, String(at))) || !/[/]/.test(dingtalkSignature(robot.secret, String(at)))) at -= 1
    expect(await adapter.send(config, sampleMessage(), testContext({ now: () => new Date(at) }))).toEqual({ ok: true })
    expect(robot.server.received[0]!.url.search).toMatch(/sign=[^&]*%2B/)
  })

  it('a wrong secret is 310000 sign not match: not retryable, secret not in the result', async () => {
    const robot = await startDingtalkRobot()
    const wrong = 'SECwrongwrongwrong0123456789'
    const result = await adapter.send(adapter.validate({ url: robot.url, secret: wrong }), sampleMessage(), testContext())
    expect(result).toMatchObject({ ok: false, retryable: false, error: words(310000, 'sign not match') })
    expect(robot.delivered).toHaveLength(0)
    expect(JSON.stringify(result)).not.toContain(wrong)
  })

  it('a server clock more than an hour off is 310000 invalid timestamp', async () => {
    const robot = await startDingtalkRobot()
    const config = adapter.validate({ url: robot.url, secret: robot.secret })
    const skewed = testContext({ now: () => new Date(Date.now() - 61 * 60_000) })
    expect(await adapter.send(config, sampleMessage(), skewed)).toMatchObject({ ok: false, retryable: false, error: words(310000, 'invalid timestamp') })
    // 59 minutes off is still inside 钉钉's window.
    expect(await adapter.send(config, sampleMessage(), testContext({ now: () => new Date(Date.now() - 59 * 60_000) }))).toEqual({ ok: true })
  })

  it('a message without the robot keyword is 310000 keywords not in content', async () => {
    const robot = await startDingtalkRobot({ keyword: '舆情预警' })
    const result = await adapter.send(adapter.validate({ url: robot.url, secret: robot.secret }), sampleMessage(), testContext())
    expect(result).toMatchObject({ ok: false, retryable: false, error: words(310000, 'keywords not in content') })
  })

  it('the 21st message in a minute is 130101: rate limited, retryable, with a wait', async () => {
    const robot = await startDingtalkRobot()
    const config = adapter.validate({ url: robot.url, secret: robot.secret })
    const results = []
    for (let i = 0; i < 21; i++) results.push(await adapter.send(config, sampleMessage({ idempotencyKey: `k${i}` }), testContext()))
    expect(results.filter((r) => r.ok)).toHaveLength(20)
    expect(results[20]).toMatchObject({ ok: false, retryable: true, rateLimited: true, retryAfterMs: 60_000, error: words(130101) })
    expect(robot.delivered).toHaveLength(20)
  })

  it('a wrong access_token is 300001; the token is masked in the public view', async () => {
    const robot = await startDingtalkRobot()
    const url = robot.url.replace(/access_token=[^&]+/, 'access_token=deadbeefdeadbeef')
    expect(await adapter.send(adapter.validate({ url, secret: robot.secret }), sampleMessage(), testContext())).toMatchObject({ ok: false, retryable: false, error: words(300001) })
    const view = adapter.publicView(adapter.validate({ url: 'https://oapi.dingtalk.com/robot/send?access_token=abcdef0123456789', secret: 'SECxyz0123' }))
    expect(view).toEqual({ url: 'https://oapi.dingtalk.com/robot/send?access_token=****89', secret_set: true })
    expect(() => adapter.validate({ url: 'https://oapi.dingtalk.com/robot/send?access_token=abc' })).toThrow(/secret: required/)
    expect(() => adapter.validate({ url: 'https://oapi.dingtalk.com/robot/send', secret: 'SECx' })).toThrow(/access_token/)
  })
})
