import { describe, expect, it } from 'vitest'
import { channelAdapters } from '../../../../server/notify/channels/index.ts'
import { WORDS } from '../../../../server/notify/channels/words.ts'
import { type ChannelHandler, endless, startChannelServer, testContext } from '../../../helpers/channel-server.ts'
import { sampleMessage } from '../../../helpers/notify-message.ts'

// Every HTTP robot goes through one helper; each hostile answer is tried on each of them.
const SECRET = 'SEC-hostile-7f3a9c2e1b'
const KEY = 'k3y-4b5c6d7e8f9a'
const robots = [
  { kind: 'wecom' as const, path: `/cgi-bin/webhook/send?key=${KEY}`, config: (url: string) => ({ url }) },
  { kind: 'dingtalk' as const, path: `/robot/send?access_token=${KEY}`, config: (url: string) => ({ url, secret: SECRET }) },
  { kind: 'feishu' as const, path: `/open-apis/bot/v2/hook/${KEY}`, config: (url: string) => ({ url, secret: SECRET }) },
]

async function sendTo(robot: (typeof robots)[number], handler: ChannelHandler, ctx = testContext()) {
  const server = await startChannelServer(handler)
  const adapter = channelAdapters[robot.kind]
  const result = await adapter.send(adapter.validate(robot.config(server.url(robot.path))), sampleMessage(), ctx)
  // Whatever went wrong, neither the robot key nor the signing secret is in what the log will keep.
  expect(JSON.stringify(result)).not.toContain(KEY)
  expect(JSON.stringify(result)).not.toContain(SECRET)
  return { result, server }
}

describe.each(robots)('$kind robot: hostile answers', (robot) => {
  it('200 with an HTML login page is a clear non-JSON error with a snippet', async () => {
    const { result } = await sendTo(robot, (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html><title>统一身份认证</title><body>请登录</body></html>'))
    expect(result).toMatchObject({ ok: false, retryable: false, error: WORDS.notJson })
    expect((result as { detail: string }).detail).toContain('统一身份认证')
  })

  it('200 with JSON that is not a robot answer says so', async () => {
    const { result } = await sendTo(robot, (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}'))
    expect(result).toMatchObject({ ok: false, retryable: false })
    expect((result as { error: string }).error).toMatch(/不是.*的回答/)
  })

  it('a 10 MB answer is cut at 64 KB and reported, not buffered', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024, 0x61)
    const { result } = await sendTo(robot, (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(big))
    expect(result).toMatchObject({ ok: false, retryable: false, error: WORDS.tooLarge })
  })

  it('an endless answer does not hang the send', async () => {
    const { result } = await sendTo(robot, (_req, res) => void endless(res))
    expect(result).toMatchObject({ ok: false, error: WORDS.tooLarge })
  })

  it('502 from a gateway is retryable; the page text is scrubbed of the key it echoes', async () => {
    const { result } = await sendTo(robot, (req, res) => res.writeHead(502, { 'content-type': 'text/html' }).end(`<h1>Bad Gateway</h1> upstream ${req.url.href}`))
    expect(result).toMatchObject({ ok: false, retryable: true, rateLimited: false, error: WORDS.httpServer(502) })
  })

  it('HTTP 429 is a rate limit even before the robot answers its own code', async () => {
    const { result } = await sendTo(robot, (_req, res) => res.writeHead(429, { 'retry-after': '30' }).end())
    expect(result).toMatchObject({ ok: false, retryable: true, rateLimited: true, retryAfterMs: 30_000 })
  })

  it('a server that never answers times out, retryable', async () => {
    const { result } = await sendTo(robot, () => undefined, testContext({ timeoutMs: 300 }))
    expect(result).toMatchObject({ ok: false, retryable: true, error: WORDS.timeout })
  })

  it.each(['http://127.0.0.1:9/', 'http://localhost:9/', 'http://10.1.2.3/', 'http://[::1]:9/', 'http://169.254.169.254/'])(
    'refuses %s unless private addresses are allowed',
    async (base) => {
      const adapter = channelAdapters[robot.kind]
      const url = new URL(robot.path, base).href
      const result = await adapter.send(adapter.validate(robot.config(url)), sampleMessage(), testContext({ allowPrivate: false }))
      expect(result).toMatchObject({ ok: false, retryable: false, error: WORDS.urlRefused })
      expect(JSON.stringify(result)).not.toContain(KEY)
    },
  )
})
