import { describe, expect, it } from 'vitest'
import { channelAdapters } from '../../../../server/notify/channels/index.ts'
import { FEISHU_RULES } from '../../../../server/notify/channels/words.ts'
import { testContext } from '../../../helpers/channel-server.ts'
import { sampleMessage } from '../../../helpers/notify-message.ts'
import { startFeishuBot } from '../../../helpers/notify-robots.ts'

const adapter = channelAdapters.feishu
const words = (code: number) => FEISHU_RULES.find((r) => r.code === code && !r.msg)!.words

describe('飞书 custom bot with 签名校验', () => {
  it.each(['post', 'text', 'interactive'] as const)('sends a %s message the bot verifies (seconds timestamp as a string, sign)', async (msgType) => {
    const bot = await startFeishuBot()
    const result = await adapter.send(adapter.validate({ url: bot.url, secret: bot.secret, msg_type: msgType }), sampleMessage(), testContext())
    expect(result).toEqual({ ok: true })
    const body = bot.delivered[0]!
    expect(body.msg_type).toBe(msgType)
    expect(body.timestamp).toMatch(/^\d{10}$/)
    const shown = JSON.stringify(body)
    expect(shown).toContain('https://yq.example.cn/cases/42')
    expect(shown).not.toContain(bot.secret!)
  })

  it('a bot without 签名校验 takes an unsigned message', async () => {
    const bot = await startFeishuBot({ secret: null })
    expect(await adapter.send(adapter.validate({ url: bot.url }), sampleMessage(), testContext())).toEqual({ ok: true })
    expect(bot.delivered[0]).not.toHaveProperty('sign')
  })

  it('a wrong secret, or no secret on a signing bot, is 19021: not retryable', async () => {
    const bot = await startFeishuBot()
    const wrong = 'wrongSecretValue123'
    const result = await adapter.send(adapter.validate({ url: bot.url, secret: wrong }), sampleMessage(), testContext())
    expect(result).toMatchObject({ ok: false, retryable: false, error: words(19021) })
    expect(JSON.stringify(result)).not.toContain(wrong)
    expect(await adapter.send(adapter.validate({ url: bot.url }), sampleMessage(), testContext())).toMatchObject({ ok: false, error: words(19021) })
  })

  it('a clock more than an hour off fails the bot check', async () => {
    const bot = await startFeishuBot()
    const ctx = testContext({ now: () => new Date(Date.now() + 2 * 3600_000) })
    expect(await adapter.send(adapter.validate({ url: bot.url, secret: bot.secret }), sampleMessage(), ctx)).toMatchObject({ ok: false, error: words(19021) })
  })

  it('11232 is a rate limit; the bot 100-a-minute window produces it', async () => {
    const bot = await startFeishuBot({ perMinute: 3 })
    const config = adapter.validate({ url: bot.url, secret: bot.secret })
    const results = []
    for (let i = 0; i < 4; i++) results.push(await adapter.send(config, sampleMessage(), testContext()))
    expect(results.slice(0, 3).every((r) => r.ok)).toBe(true)
    expect(results[3]).toMatchObject({ ok: false, retryable: true, rateLimited: true, error: words(11232) })
  })

  it('a long digest stays under the bot 20 KB body limit', async () => {
    const bot = await startFeishuBot()
    const long = '潍坊市寿光市蔬菜价格异常波动引发关注，'.repeat(800)
    for (const msgType of ['post', 'text', 'interactive'] as const) {
      const result = await adapter.send(adapter.validate({ url: bot.url, secret: bot.secret, msg_type: msgType }), sampleMessage({ text: long, markdown: long }), testContext())
      expect(result).toEqual({ ok: true })
    }
    for (const r of bot.server.received) expect(r.raw.length).toBeLessThanOrEqual(20 * 1024)
  })

  it('a wrong hook token is 19001; the token is masked in the public view', async () => {
    const bot = await startFeishuBot()
    const url = bot.url.replace(/hook\/.+$/, 'hook/00000000-1111-2222-3333-444444444444')
    const result = await adapter.send(adapter.validate({ url, secret: bot.secret }), sampleMessage(), testContext())
    expect(result).toMatchObject({ ok: false, retryable: false, error: words(19001) })
    const view = adapter.publicView(adapter.validate({ url: 'https://open.feishu.cn/open-apis/bot/v2/hook/5e3d587e-d78e-4a07-bd07-265f269f86fd', secret: 'abcdef' }))
    expect(view).toEqual({ url: 'https://open.feishu.cn/open-apis/bot/v2/hook/****fd', secret_set: true, msg_type: 'post' })
    expect(() => adapter.validate({ url: 'https://open.feishu.cn/open-apis/bot/v2/' })).toThrow(/url/)
  })
})
