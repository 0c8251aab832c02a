import { createHmac } from 'node:crypto'
import { fitText } from '@shared/notify/text-cut.ts'
import type { ChannelAdapter } from './channel.ts'
import { ChannelConfigError, asRecord, readSecret, readUrl } from './config-fields.ts'
import { sendHttp } from './http-send.ts'
import { maskUrl } from './mask.ts'
import { asObject, robotResult } from './robot-answer.ts'
import { DINGTALK_RULES, PROVIDER_NAMES } from './words.ts'

export interface DingtalkConfig {
  url: string
  secret: string
}

/** 钉钉 caps a message at 20000 bytes. */
export const DINGTALK_MAX_BYTES = 20_000

/** 加签: base64(HMAC-SHA256(key = secret, message = `${timestamp}\n${secret}`)), timestamp in ms. */
export function dingtalkSign(secret: string, timestampMs: number): string {
  return createHmac('sha256', secret).update(`${timestampMs}\n${secret}`, 'utf8').digest('base64')
}

/** The robot URL with `timestamp` and `sign` added; URLSearchParams percent-encodes the base64 (+ / =). */
export function signedDingtalkUrl(config: DingtalkConfig, now: Date): { url: string; sign: string } {
  const url = new URL(config.url)
  const timestamp = now.getTime()
  const sign = dingtalkSign(config.secret, timestamp)
  url.searchParams.set('timestamp', String(timestamp))
  url.searchParams.set('sign', sign)
  return { url: url.href, sign }
}

/** 钉钉 custom robot with 加签 (`…/robot/send?access_token=…`), markdown message, answer `{errcode, errmsg}`. */
export const dingtalkAdapter: ChannelAdapter<DingtalkConfig> = {
  kind: 'dingtalk',
  validate(raw) {
    const r = asRecord(raw)
    const url = readUrl(r, 'url')
    if (!new URL(url).searchParams.get('access_token')) throw new ChannelConfigError('url', 'a 钉钉 robot URL carries its access_token (…/robot/send?access_token=…)')
    return { url, secret: readSecret(r, 'secret', true)! }
  },
  publicView(config) {
    return { url: maskUrl(config.url), secret_set: true }
  },
  async send(config, message, ctx) {
    const { url, sign } = signedDingtalkUrl(config, ctx.now())
    const secrets = [config.secret, sign, new URL(config.url).searchParams.get('access_token') ?? '']
    const text = fitText(`### ${message.title}\n\n${message.markdown}`, DINGTALK_MAX_BYTES, 'utf8-bytes', { url: message.link, tail: `[查看详情](${message.link})` })
    const body = JSON.stringify({ msgtype: 'markdown', markdown: { title: message.title, text } })
    const outcome = await sendHttp({ url, body, secrets, expectJson: true }, ctx)
    if (!outcome.ok) return outcome
    const answer = asObject(outcome.json)
    return robotResult(PROVIDER_NAMES.dingtalk, DINGTALK_RULES, { code: answer.errcode, msg: answer.errmsg }, secrets)
  },
}
