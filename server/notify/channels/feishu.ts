import { createHmac } from 'node:crypto'
import { fitText } from '@shared/notify/text-cut.ts'
import type { OutgoingMessage } from '@shared/notify/channels.ts'
import type { ChannelAdapter } from './channel.ts'
import { ChannelConfigError, asRecord, readSecret, readUrl } from './config-fields.ts'
import { sendHttp } from './http-send.ts'
import { maskUrl } from './mask.ts'
import { asObject, robotResult } from './robot-answer.ts'
import { FEISHU_RULES, PROVIDER_NAMES } from './words.ts'

export interface FeishuConfig {
  url: string
  secret: string | null
  msgType: 'post' | 'text' | 'interactive'
}

/** 飞书 refuses request bodies over 20 KB; the text is cut well inside that. */
export const FEISHU_TEXT_MAX_BYTES = 16_000

/** 签名校验: base64(HMAC-SHA256(key = `${timestamp}\n${secret}`, message = empty)), timestamp in seconds. */
export function feishuSign(secret: string, timestampS: number): string {
  return createHmac('sha256', `${timestampS}\n${secret}`).update('').digest('base64')
}

function token(url: string): string {
  return new URL(url).pathname.split('/').filter(Boolean).pop() ?? ''
}

/** The message part of the body; `interactive` puts its card under `card`, the others under `content`. */
function messagePart(msgType: FeishuConfig['msgType'], m: OutgoingMessage): Record<string, unknown> {
  const link = { url: m.link, tail: m.link }
  if (msgType === 'text') return { content: { text: fitText(`${m.title}\n${m.text}`, FEISHU_TEXT_MAX_BYTES, 'utf8-bytes', link) } }
  if (msgType === 'interactive') {
    const md = fitText(m.markdown, FEISHU_TEXT_MAX_BYTES, 'utf8-bytes', { url: m.link, tail: `[查看详情](${m.link})` })
    return {
      card: {
        header: { title: { tag: 'plain_text', content: m.title } },
        elements: [
          { tag: 'div', text: { tag: 'lark_md', content: md } },
          { tag: 'action', actions: [{ tag: 'button', text: { tag: 'plain_text', content: '查看详情' }, url: m.link, type: 'primary' }] },
        ],
      },
    }
  }
  // post (rich text): one paragraph per line, the link as its own `a` element.
  const body = m.text
    .split('\n')
    .filter((line) => !line.includes(m.link))
    .join('\n')
  const lines = fitText(body, FEISHU_TEXT_MAX_BYTES, 'utf8-bytes').split('\n')
  const content = [...lines.map((line) => [{ tag: 'text', text: line }]), [{ tag: 'a', text: '查看详情', href: m.link }]]
  return { content: { post: { zh_cn: { title: m.title, content } } } }
}

/** 飞书 custom bot (`…/open-apis/bot/v2/hook/<token>`), optional 签名校验, answer `{code, msg}`. */
export const feishuAdapter: ChannelAdapter<FeishuConfig> = {
  kind: 'feishu',
  validate(raw) {
    const r = asRecord(raw)
    const url = readUrl(r, 'url')
    if (!/\/hook\/[^/]+$/.test(new URL(url).pathname)) throw new ChannelConfigError('url', 'a 飞书 bot URL ends in /hook/<token>')
    const msgType = r.msg_type === undefined || r.msg_type === '' ? 'post' : r.msg_type
    if (msgType !== 'post' && msgType !== 'text' && msgType !== 'interactive') throw new ChannelConfigError('msg_type', 'expected post, text or interactive')
    return { url, secret: readSecret(r, 'secret', false), msgType }
  },
  publicView(config) {
    return { url: maskUrl(config.url), secret_set: config.secret !== null, msg_type: config.msgType }
  },
  async send(config, message, ctx) {
    const secrets = [token(config.url), ...(config.secret ? [config.secret] : [])]
    const signed: Record<string, string> = {}
    if (config.secret) {
      const timestamp = Math.floor(ctx.now().getTime() / 1000)
      signed.timestamp = String(timestamp)
      signed.sign = feishuSign(config.secret, timestamp)
      secrets.push(signed.sign)
    }
    const body = JSON.stringify({ ...signed, msg_type: config.msgType, ...messagePart(config.msgType, message) })
    const outcome = await sendHttp({ url: config.url, body, secrets, expectJson: true }, ctx)
    if (!outcome.ok) return outcome
    const answer = asObject(outcome.json)
    // The old answer shape {StatusCode, StatusMessage} still comes back from some gateways.
    const code = answer.code ?? answer.StatusCode
    return robotResult(PROVIDER_NAMES.feishu, FEISHU_RULES, { code, msg: answer.msg ?? answer.StatusMessage }, secrets)
  },
}
