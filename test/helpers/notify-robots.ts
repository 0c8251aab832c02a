import { createHmac, timingSafeEqual } from 'node:crypto'
import { type ChannelServer, type ReceivedRequest, json, startChannelServer } from './channel-server.ts'

/**
 * Loopback stand-ins for the three group robots. Each checks what the real one checks — key or
 * token, signature and its time window, body shape, size limits, rate limit — and answers with
 * the real error code and message, so an adapter passes here only if it would pass there.
 */

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

function parse(req: ReceivedRequest): Record<string, unknown> | null {
  if (req.method !== 'POST' || !String(req.headers['content-type'] ?? '').includes('application/json')) return null
  try {
    const body = JSON.parse(req.text) as unknown
    return typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : null
  } catch {
    return null
  }
}

export interface Robot {
  server: ChannelServer
  url: string
  /** The bodies the robot accepted (would have shown in the group), in order. */
  delivered: Record<string, unknown>[]
  /** Answer every request with the provider's rate-limit error until set back to false. */
  limited: boolean
}

/** A per-minute window like the providers': over `perMinute` accepted sends in 60 s → rate limited. */
function overLimit(times: number[], perMinute: number, now: number): boolean {
  while (times.length && now - times[0]! >= 60_000) times.shift()
  return times.length >= perMinute
}

export async function startWecomRobot(key = 'a3f1c2d4-5b6e-4f70-8a9b-0c1d2e3f4a5b', perMinute = 20): Promise<Robot> {
  const times: number[] = []
  const robot: Robot = { server: undefined as unknown as ChannelServer, url: '', delivered: [], limited: false }
  robot.server = await startChannelServer((req, res) => {
    if (req.url.pathname !== '/cgi-bin/webhook/send' || !sameText(req.url.searchParams.get('key') ?? '', key))
      return json(res, 200, { errcode: 93000, errmsg: 'invalid webhook url, hint: [1700000000_1_abc], from ip: 127.0.0.1, more info at https://open.work.weixin.qq.com/devtool/query?e=93000' })
    const body = parse(req)
    if (!body) return json(res, 200, { errcode: 40035, errmsg: 'invalid args' })
    if (robot.limited || overLimit(times, perMinute, Date.now())) return json(res, 200, { errcode: 45009, errmsg: 'api freq out of limit' })
    const type = body.msgtype
    const part = (type === 'markdown' || type === 'text' ? body[type] : null) as { content?: unknown } | null
    if (!part) return json(res, 200, { errcode: 40008, errmsg: 'invalid message type' })
    if (typeof part.content !== 'string' || !part.content) return json(res, 200, { errcode: 44004, errmsg: 'empty content' })
    const limit = type === 'markdown' ? 4096 : 2048
    if (Buffer.byteLength(part.content, 'utf8') > limit) return json(res, 200, { errcode: 40058, errmsg: `${type}.content exceed max length ${limit}` })
    times.push(Date.now())
    robot.delivered.push(body)
    json(res, 200, { errcode: 0, errmsg: 'ok' })
  })
  robot.url = robot.server.url(`/cgi-bin/webhook/send?key=${key}`)
  return robot
}

export function dingtalkSignature(secret: string, timestamp: string): string {
  return createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64')
}

export async function startDingtalkRobot(opts: { accessToken?: string; secret?: string; keyword?: string; perMinute?: number } = {}): Promise<Robot & { secret: string }> {
  const accessToken = opts.accessToken ?? '6c0d5a4e3b2f1a09e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5'
  const secret = opts.secret ?? 'SEC5f2b1c9d8e7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0'
  const times: number[] = []
  const robot = { server: undefined as unknown as ChannelServer, url: '', delivered: [] as Record<string, unknown>[], limited: false, secret }
  robot.server = await startChannelServer((req, res) => {
    const q = req.url.searchParams
    if (req.url.pathname !== '/robot/send' || !sameText(q.get('access_token') ?? '', accessToken)) return json(res, 200, { errcode: 300001, errmsg: 'token is not exist' })
    const timestamp = q.get('timestamp') ?? ''
    // The window 钉钉 enforces: the timestamp (ms) within one hour of its own clock.
    if (!/^\d{13}$/.test(timestamp) || Math.abs(Date.now() - Number(timestamp)) > 3_600_000) return json(res, 200, { errcode: 310000, errmsg: 'invalid timestamp' })
    if (!sameText(q.get('sign') ?? '', dingtalkSignature(secret, timestamp))) return json(res, 200, { errcode: 310000, errmsg: 'sign not match' })
    const body = parse(req)
    if (!body) return json(res, 200, { errcode: 400, errmsg: 'param error' })
    if (robot.limited || overLimit(times, opts.perMinute ?? 20, Date.now())) return json(res, 200, { errcode: 130101, errmsg: 'send too fast, exceed 20 times per minute' })
    const md = body.markdown as { title?: unknown; text?: unknown } | undefined
    if (body.msgtype !== 'markdown' || typeof md?.title !== 'string' || typeof md.text !== 'string' || !md.title || !md.text)
      return json(res, 200, { errcode: 40035, errmsg: '缺少参数 markdown' })
    if (opts.keyword && !`${md.title}${md.text}`.includes(opts.keyword)) return json(res, 200, { errcode: 310000, errmsg: 'keywords not in content' })
    times.push(Date.now())
    robot.delivered.push(body)
    json(res, 200, { errcode: 0, errmsg: 'ok' })
  })
  robot.url = robot.server.url(`/robot/send?access_token=${accessToken}`)
  return robot
}

export function feishuSignature(secret: string, timestamp: string): string {
  return createHmac('sha256', `${timestamp}\n${secret}`).update('').digest('base64')
}

export async function startFeishuBot(opts: { token?: string; secret?: string | null; perMinute?: number } = {}): Promise<Robot & { secret: string | null }> {
  const token = opts.token ?? '5e3d587e-d78e-4a07-bd07-265f269f86fd'
  const secret = opts.secret === undefined ? 'nIMtb7r3N9pkXyXdtAbx6e' : opts.secret
  const times: number[] = []
  const robot = { server: undefined as unknown as ChannelServer, url: '', delivered: [] as Record<string, unknown>[], limited: false, secret }
  robot.server = await startChannelServer((req, res) => {
    if (req.url.pathname !== `/open-apis/bot/v2/hook/${token}`) return json(res, 200, { code: 19001, msg: 'param invalid: incoming webhook access token invalid', data: {} })
    if (req.raw.length > 20 * 1024) return json(res, 200, { code: 9499, msg: 'Bad Request', data: {} })
    const body = parse(req)
    if (!body) return json(res, 400, { code: 9499, msg: 'Bad Request', data: {} })
    if (secret !== null) {
      // The timestamp is in seconds, sent as a string; one hour either way is accepted.
      const ts = typeof body.timestamp === 'string' ? body.timestamp : ''
      const fresh = /^\d{10}$/.test(ts) && Math.abs(Date.now() / 1000 - Number(ts)) <= 3600
      if (!fresh || typeof body.sign !== 'string' || !sameText(body.sign, feishuSignature(secret, ts)))
        return json(res, 200, { code: 19021, msg: 'sign match fail or timestamp is not within one hour from current time', data: {} })
    }
    if (robot.limited || overLimit(times, opts.perMinute ?? 100, Date.now())) return json(res, 200, { code: 11232, msg: 'frequency limited psm[lark.oapi.app_platform_runtime]appID[1]', data: {} })
    const type = body.msg_type
    const ok =
      (type === 'text' && typeof (body.content as { text?: unknown } | undefined)?.text === 'string') ||
      (type === 'post' && typeof (body.content as { post?: unknown } | undefined)?.post === 'object') ||
      (type === 'interactive' && typeof body.card === 'object')
    if (!ok) return json(res, 200, { code: 19002, msg: 'param invalid: msg_type or content', data: {} })
    times.push(Date.now())
    robot.delivered.push(body)
    json(res, 200, { code: 0, msg: 'success', data: {} })
  })
  robot.url = robot.server.url(`/open-apis/bot/v2/hook/${token}`)
  return robot
}
