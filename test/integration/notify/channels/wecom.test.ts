import { describe, expect, it } from 'vitest'
import { channelAdapters } from '../../../../server/notify/channels/index.ts'
import { WECOM_RULES } from '../../../../server/notify/channels/words.ts'
import { testContext } from '../../../helpers/channel-server.ts'
import { sampleMessage } from '../../../helpers/notify-message.ts'
import { startWecomRobot } from '../../../helpers/notify-robots.ts'

const adapter = channelAdapters.wecom
const words = (code: number) => WECOM_RULES.find((r) => r.code === code)!.words

describe('企业微信 group robot', () => {
  it('sends markdown the robot accepts: title, content and the case link', async () => {
    const robot = await startWecomRobot()
    const result = await adapter.send(adapter.validate({ url: robot.url }), sampleMessage(), testContext())
    expect(result).toEqual({ ok: true })
    const body = robot.delivered[0] as { msgtype: string; markdown: { content: string } }
    expect(body.msgtype).toBe('markdown')
    expect(body.markdown.content).toContain('【Ⅱ级 转办】济南市历下区某小区供暖问题')
    expect(body.markdown.content).toContain('https://yq.example.cn/cases/42')
  })

  it('sends text when the channel is set to text', async () => {
    const robot = await startWecomRobot()
    expect(await adapter.send(adapter.validate({ url: robot.url, msgtype: 'text' }), sampleMessage(), testContext())).toEqual({ ok: true })
    expect((robot.delivered[0] as { text: { content: string } }).text.content).toContain('"居民"反映强烈')
  })

  it('a digest far over 4096 bytes is cut to the byte limit (not characters) and still accepted, link kept', async () => {
    const robot = await startWecomRobot()
    const long = '泰安市岱岳区某镇群众反映土地征收补偿不到位，'.repeat(300)
    const message = sampleMessage({ markdown: `${long}\n\n[查看案件](https://yq.example.cn/cases/42)`, text: long })
    for (const msgtype of ['markdown', 'text'] as const) {
      const result = await adapter.send(adapter.validate({ url: robot.url, msgtype }), message, testContext())
      expect(result).toEqual({ ok: true })
    }
    const [md, text] = robot.delivered as [{ markdown: { content: string } }, { text: { content: string } }]
    expect(Buffer.byteLength(md.markdown.content)).toBeLessThanOrEqual(4096)
    expect(Buffer.byteLength(md.markdown.content)).toBeGreaterThan(4000)
    expect(md.markdown.content.endsWith('(https://yq.example.cn/cases/42)')).toBe(true)
    expect(Buffer.byteLength(text.text.content)).toBeLessThanOrEqual(2048)
    expect(text.text.content.endsWith('https://yq.example.cn/cases/42')).toBe(true)
  })

  it('45009 is a rate limit: retryable, held for a digest, in Chinese words', async () => {
    const robot = await startWecomRobot()
    robot.limited = true
    const result = await adapter.send(adapter.validate({ url: robot.url }), sampleMessage(), testContext())
    expect(result).toMatchObject({ ok: false, retryable: true, rateLimited: true, error: '企业微信机器人限流（45009），稍后以汇总发送' })
    expect((result as { detail: string }).detail).toContain('api freq out of limit')
  })

  it('the robot own 20-a-minute window answers 45009 on the 21st message', async () => {
    const robot = await startWecomRobot()
    const config = adapter.validate({ url: robot.url })
    const results = []
    for (let i = 0; i < 21; i++) results.push(await adapter.send(config, sampleMessage({ idempotencyKey: `k${i}` }), testContext()))
    expect(results.filter((r) => r.ok)).toHaveLength(20)
    expect(results[20]).toMatchObject({ ok: false, rateLimited: true })
  })

  it('a wrong key is 93000: not retryable, and the key is nowhere in the result', async () => {
    const robot = await startWecomRobot()
    const wrongKey = '0f0e0d0c-0b0a-4909-8807-060504030201'
    const url = robot.url.replace(/key=[^&]+/, `key=${wrongKey}`)
    const result = await adapter.send(adapter.validate({ url }), sampleMessage(), testContext())
    expect(result).toMatchObject({ ok: false, retryable: false, rateLimited: false, error: words(93000) })
    expect(JSON.stringify(result)).not.toContain(wrongKey)
  })

  it('an unknown errcode is reported with its code', async () => {
    const robot = await startWecomRobot()
    robot.server.handle((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"errcode":60020,"errmsg":"not allow to access from your ip"}'))
    const result = await adapter.send(adapter.validate({ url: robot.url }), sampleMessage(), testContext())
    expect(result).toMatchObject({ ok: false, retryable: false, error: '企业微信机器人返回错误（60020）', detail: '60020 not allow to access from your ip' })
  })

  it('validates the URL carries a key and masks it in the public view', () => {
    expect(() => adapter.validate({ url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send' })).toThrow(/url/)
    expect(() => adapter.validate({ url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc', msgtype: 'news' })).toThrow(/msgtype/)
    const view = adapter.publicView(adapter.validate({ url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=73febdcb-1b38-4d1b-a994-790f21fc8d30' }))
    expect(view).toEqual({ url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=****30', msgtype: 'markdown' })
  })
})
