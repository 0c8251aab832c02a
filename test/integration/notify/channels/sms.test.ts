import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { channelAdapters } from '../../../../server/notify/channels/index.ts'
import { readSmsSettings } from '../../../../server/notify/channels/settings.ts'
import { SMS_WORDS, WORDS } from '../../../../server/notify/channels/words.ts'
import { type ReceivedRequest, json, startChannelServer } from '../../../helpers/channel-server.ts'
import { sampleMessage } from '../../../helpers/notify-message.ts'

const adapter = channelAdapters.sms
const SECRET = 'sms-hmac-secret-42'
const TEMPLATE = '{"mobile":"{{phone}}","content":"{{text}}","outId":"{{idempotency_key}}"}'

/** A provider that checks the signature, the JSON and the length, and remembers what it sent. */
async function provider(opts: { fail?: (phone: string) => number | null } = {}) {
  const sent: { mobile: string; content: string; outId: string }[] = []
  const server = await startChannelServer((req: ReceivedRequest, res) => {
    const expected = createHmac('sha256', SECRET).update(req.raw).digest('hex')
    if (req.headers['x-signature'] !== expected) return json(res, 401, { code: 'BadSignature' })
    let body: { mobile: string; content: string; outId: string }
    try {
      body = JSON.parse(req.text) as typeof body
    } catch {
      return json(res, 400, { code: 'BadJson' })
    }
    const status = opts.fail?.(body.mobile)
    if (status) return json(res, status, { code: 'Refused' })
    sent.push(body)
    json(res, 200, { code: 'OK' })
  })
  return { server, sent }
}

function ctxFor(url: string, extra: Record<string, string> = {}) {
  const sms = readSmsSettings({ YQ_SMS_URL: url, YQ_SMS_BODY_TEMPLATE: TEMPLATE, YQ_SMS_SECRET: SECRET, YQ_SMS_SIGNATURE_HEADER: 'X-Signature', ...extra })
  // allowPrivate false on purpose: the SMS URL is the operator's setting and may be on the intranet.
  return { signal: AbortSignal.timeout(10_000), now: () => new Date(), deployment: { allowPrivate: false, sms } }
}

describe('SMS through the provider-neutral HTTP template', () => {
  it('sends one signed request per phone, with a per-phone idempotency key', async () => {
    const p = await provider()
    const config = adapter.validate({ phones: '138 0013 8000\n139-0013-9000' })
    const result = await adapter.send(config, sampleMessage({ text: '短文', title: '【Ⅳ级】提醒' }), ctxFor(p.server.url('/sms/send')))
    expect(result).toEqual({ ok: true })
    expect(p.sent.map((s) => s.mobile)).toEqual(['13800138000', '13900139000'])
    expect(p.sent[0]!.outId).toBe('case:42:forwarded:unit:7:webhook:13800138000')
    expect(p.sent[0]!.content).toBe('【Ⅳ级】提醒\n短文')
    expect(p.server.received.every((r) => r.method === 'POST')).toBe(true)
  })

  it('cuts the text to YQ_SMS_MAX_CHARS code points, with an ellipsis, keeping the link', async () => {
    const p = await provider()
    await adapter.send(adapter.validate({ phones: ['13800138000'] }), sampleMessage(), ctxFor(p.server.url()))
    await adapter.send(adapter.validate({ phones: ['13800138000'] }), sampleMessage({ title: '提醒', text: '😀'.repeat(200) }), ctxFor(p.server.url(), { YQ_SMS_MAX_CHARS: '40', YQ_SMS_METHOD: 'PUT' }))
    const [first, second] = p.sent
    expect([...first!.content].length).toBeLessThanOrEqual(70)
    expect(first!.content.endsWith('…\nhttps://yq.example.cn/cases/42')).toBe(true)
    expect([...second!.content].length).toBe(40)
    expect(second!.content).toMatch(/😀…\nhttps:\/\/yq\.example\.cn\/cases\/42$/)
    expect(p.server.received[1]!.method).toBe('PUT')
  })

  it('feed text cannot break out of the JSON body: the provider receives it intact', async () => {
    const p = await provider()
    const hostile = '"},"mobile":"10086","x":{"\\\u2028'
    const result = await adapter.send(adapter.validate({ phones: ['13800138000'] }), sampleMessage({ title: hostile, text: hostile }), ctxFor(p.server.url(), { YQ_SMS_MAX_CHARS: '200' }))
    expect(result).toEqual({ ok: true })
    expect(p.sent).toHaveLength(1)
    expect(p.sent[0]!.mobile).toBe('13800138000')
    expect(p.sent[0]!.content.startsWith(`${hostile}\n${hostile}`)).toBe(true)
  })

  it('a number the provider refuses: the others are sent, the failure names the number, a 5xx is retryable', async () => {
    const p = await provider({ fail: (phone) => (phone === '13900139000' ? 503 : null) })
    const result = await adapter.send(adapter.validate({ phones: ['13800138000', '13900139000'] }), sampleMessage(), ctxFor(p.server.url()))
    expect(result).toMatchObject({ ok: false, retryable: true, error: SMS_WORDS.partly(1, 2, WORDS.httpServer(503)) })
    expect((result as { detail: string }).detail).toContain('13900139000')
    expect(p.sent.map((s) => s.mobile)).toEqual(['13800138000'])
  })

  it('a wrong signing secret is refused by the provider (401, not retryable), the secret not in the result', async () => {
    const p = await provider()
    const sms = readSmsSettings({ YQ_SMS_URL: p.server.url(), YQ_SMS_BODY_TEMPLATE: TEMPLATE, YQ_SMS_SECRET: 'not-the-secret-99', YQ_SMS_SIGNATURE_HEADER: 'X-Signature' })
    const result = await adapter.send(adapter.validate({ phones: ['13800138000'] }), sampleMessage(), { signal: AbortSignal.timeout(5000), now: () => new Date(), deployment: { allowPrivate: false, sms } })
    expect(result).toMatchObject({ ok: false, retryable: false, error: WORDS.httpClient(401) })
    expect(JSON.stringify(result)).not.toContain('not-the-secret-99')
  })

  it('without SMS settings it says so; phone numbers are validated', async () => {
    expect(await adapter.send(adapter.validate({ phones: ['13800138000'] }), sampleMessage(), { signal: AbortSignal.timeout(1000), now: () => new Date() })).toMatchObject({ ok: false, retryable: false, error: SMS_WORDS.notConfigured })
    expect(() => adapter.validate({ phones: ['1380013800a'] })).toThrow(/phones/)
    expect(() => adapter.validate({ phones: '' })).toThrow(/phones: required/)
    expect(adapter.validate({ phones: ['+86 138 0013 8000', '+8613800138000'] })).toEqual({ phones: ['+8613800138000'] })
  })
})
