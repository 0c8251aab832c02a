import { createHmac, timingSafeEqual } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { channelAdapters } from '../../../../server/notify/channels/index.ts'
import { WORDS } from '../../../../server/notify/channels/words.ts'
import { type ReceivedRequest, endless, json, startChannelServer, testContext } from '../../../helpers/channel-server.ts'
import { sampleMessage } from '../../../helpers/notify-message.ts'

const SECRET = 'whsec-9f8e7d6c5b4a-山东'
const adapter = channelAdapters.webhook

/** The receiver's side, exactly as docs/notifications.md tells integrators to verify. */
function verify(req: ReceivedRequest, secret: string): boolean {
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(req.raw).digest('hex')}`)
  const got = Buffer.from(String(req.headers['x-yq-signature'] ?? ''))
  return got.length === expected.length && timingSafeEqual(got, expected)
}

async function receiver() {
  return startChannelServer((req, res) => {
    if (req.method !== 'POST' || !String(req.headers['content-type']).startsWith('application/json')) return json(res, 415, { error: 'json only' })
    if (!verify(req, SECRET)) return json(res, 401, { error: 'bad signature' })
    const ts = Number(req.headers['x-yq-timestamp'])
    if (!Number.isInteger(ts) || Math.abs(Date.now() / 1000 - ts) > 300) return json(res, 401, { error: 'stale' })
    res.writeHead(204).end()
  })
}

describe('generic outgoing webhook', () => {
  it('POSTs the documented JSON body, signed with HMAC-SHA256 of the raw body', async () => {
    const server = await receiver()
    const config = adapter.validate({ url: server.url('/hooks/yq'), secret: SECRET })
    const result = await adapter.send(config, sampleMessage(), testContext())
    expect(result).toEqual({ ok: true })
    expect(server.received).toHaveLength(1)
    const req = server.received[0]!
    const body = JSON.parse(req.text) as Record<string, unknown>
    expect(body).toMatchObject({
      event: 'forwarded',
      idempotency_key: 'case:42:forwarded:unit:7:webhook',
      title: '【Ⅱ级 转办】济南市历下区某小区供暖问题',
      text: expect.stringContaining('"居民"反映强烈'),
      link: 'https://yq.example.cn/cases/42',
      case_id: 42,
    })
    // The timestamp header is the signed sent_at, to the second.
    expect(Number(req.headers['x-yq-timestamp'])).toBe(Math.floor(Date.parse(String(body.sent_at)) / 1000))
    expect(req.headers['x-yq-idempotency-key']).toBe('case:42:forwarded:unit:7:webhook')
  })

  it('a receiver with another secret refuses it: not retryable, and the secret is nowhere in the error', async () => {
    const server = await receiver()
    const wrong = 'another-secret-4711'
    const result = await adapter.send(adapter.validate({ url: server.url(), secret: wrong }), sampleMessage(), testContext())
    expect(result).toMatchObject({ ok: false, retryable: false, error: WORDS.httpClient(401) })
    expect(JSON.stringify(result)).not.toContain(wrong)
    expect(JSON.stringify(result)).toContain('bad signature')
  })

  it('a secret the receiver echoes back is scrubbed from the detail', async () => {
    const server = await startChannelServer((req, res) => json(res, 400, { error: `unknown secret in ${req.text} ${String(req.headers['x-yq-signature'])}` }))
    const result = await adapter.send(adapter.validate({ url: server.url(), secret: SECRET }), sampleMessage({ text: `泄露测试 ${SECRET}` }), testContext())
    expect(result.ok).toBe(false)
    expect(JSON.stringify(result)).not.toContain(SECRET)
  })

  it('429 is a rate limit with the receiver Retry-After; 503 is retryable', async () => {
    const server = await startChannelServer((_req, res) => res.writeHead(429, { 'retry-after': '42' }).end('slow down'))
    const config = adapter.validate({ url: server.url(), secret: SECRET })
    expect(await adapter.send(config, sampleMessage(), testContext())).toMatchObject({ ok: false, retryable: true, rateLimited: true, retryAfterMs: 42_000, error: WORDS.httpRateLimited })
    server.handle((_req, res) => res.writeHead(503).end('<html>maintenance</html>'))
    expect(await adapter.send(config, sampleMessage(), testContext())).toMatchObject({ ok: false, retryable: true, rateLimited: false, error: WORDS.httpServer(503) })
  })

  it('a redirect is not followed (it could lead anywhere)', async () => {
    const target = await receiver()
    const server = await startChannelServer((_req, res) => res.writeHead(302, { location: target.url() }).end())
    const result = await adapter.send(adapter.validate({ url: server.url(), secret: SECRET }), sampleMessage(), testContext())
    expect(result).toMatchObject({ ok: false, retryable: false, error: WORDS.redirect(302) })
    expect(target.received).toHaveLength(0)
  })

  it('refuses a loopback URL unless the deployment allows private addresses', async () => {
    const server = await receiver()
    const config = adapter.validate({ url: server.url(), secret: SECRET })
    const result = await adapter.send(config, sampleMessage(), testContext({ allowPrivate: false }))
    expect(result).toMatchObject({ ok: false, retryable: false, error: WORDS.urlRefused })
    expect(server.received).toHaveLength(0)
    // No deployment at all is the safe default.
    const bare = await adapter.send(config, sampleMessage(), { signal: AbortSignal.timeout(5000), now: () => new Date() })
    expect(bare).toMatchObject({ ok: false, error: WORDS.urlRefused })
  })

  it('a host name that does not resolve is retryable (DNS may come back), not a refusal', async () => {
    const config = adapter.validate({ url: 'http://yq-channel-test.invalid/hook', secret: SECRET })
    expect(await adapter.send(config, sampleMessage(), testContext({ allowPrivate: false }))).toMatchObject({ ok: false, retryable: true, error: WORDS.hostUnresolved })
  })

  it('an endless 200 answer is cut, not buffered: the send returns', async () => {
    let stream: { written: () => number } | undefined
    const server = await startChannelServer((_req, res) => {
      stream = endless(res)
    })
    const result = await adapter.send(adapter.validate({ url: server.url(), secret: SECRET }), sampleMessage(), testContext())
    // A generic webhook's 2xx is its acknowledgement; the body is not read past 64 KB.
    expect(result).toEqual({ ok: true })
    expect(stream!.written()).toBeLessThan(64 * 1024 * 1024)
  })

  it('a server that accepts the connection and never answers gives a retryable timeout', async () => {
    const server = await startChannelServer(() => undefined)
    const result = await adapter.send(adapter.validate({ url: server.url(), secret: SECRET }), sampleMessage(), testContext({ timeoutMs: 300 }))
    expect(result).toMatchObject({ ok: false, retryable: true, error: WORDS.timeout })
    expect(server.received).toHaveLength(1)
  })

  it('a closed port is a retryable network error', async () => {
    const server = await startChannelServer(() => undefined)
    const url = server.url()
    const port = Number(new URL(url).port)
    const closed = `http://127.0.0.1:${port === 65535 ? 1 : port + 1}/`
    const result = await adapter.send(adapter.validate({ url: closed, secret: SECRET }), sampleMessage(), testContext())
    expect(result).toMatchObject({ ok: false, retryable: true })
    expect((result as { error: string }).error).toMatch(/无法连接渠道服务器|超时/)
  })

  it('validates its config with the field named, and never shows the secret back', () => {
    expect(() => adapter.validate({ url: 'ftp://x.example.cn/', secret: SECRET })).toThrow(/url/)
    expect(() => adapter.validate({ url: 'https://x.example.cn/' })).toThrow(/secret: required/)
    expect(() => adapter.validate({ url: 'https://x.example.cn/', secret: 'a\nb' })).toThrow(/secret/)
    expect(() => adapter.validate('https://x.example.cn/')).toThrow(/config/)
    const view = adapter.publicView(adapter.validate({ url: 'https://hooks.example.cn/in?token=abcdef123456', secret: SECRET }))
    expect(JSON.stringify(view)).not.toContain(SECRET)
    expect(view.url).toBe('https://hooks.example.cn/in?token=****56')
  })
})
