import { fitText } from '@shared/notify/text-cut.ts'
import type { ChannelAdapter } from './channel.ts'
import { ChannelConfigError, asRecord, readUrl } from './config-fields.ts'
import { sendHttp } from './http-send.ts'
import { maskUrl } from './mask.ts'
import { asObject, robotResult } from './robot-answer.ts'
import { PROVIDER_NAMES, WECOM_RULES } from './words.ts'

export interface WecomConfig {
  url: string
  msgtype: 'markdown' | 'text'
}

/** 企业微信 measures content in UTF-8 bytes: markdown ≤ 4096, text ≤ 2048. */
export const WECOM_LIMITS = { markdown: 4096, text: 2048 } as const

function robotKey(url: string): string {
  return new URL(url).searchParams.get('key') ?? ''
}

/** The request body the robot receives; exported for the unit test of the byte limits. */
export function wecomBody(config: WecomConfig, m: { title: string; text: string; markdown: string; link: string }): string {
  if (config.msgtype === 'text') {
    const content = fitText(`${m.title}\n${m.text}`, WECOM_LIMITS.text, 'utf8-bytes', { url: m.link, tail: m.link })
    return JSON.stringify({ msgtype: 'text', text: { content } })
  }
  const content = fitText(`### ${m.title}\n${m.markdown}`, WECOM_LIMITS.markdown, 'utf8-bytes', { url: m.link, tail: `[查看详情](${m.link})` })
  return JSON.stringify({ msgtype: 'markdown', markdown: { content } })
}

/** 企业微信 group robot webhook: `…/cgi-bin/webhook/send?key=…`, answer `{errcode, errmsg}`. */
export const wecomAdapter: ChannelAdapter<WecomConfig> = {
  kind: 'wecom',
  validate(raw) {
    const r = asRecord(raw)
    const url = readUrl(r, 'url')
    if (!robotKey(url)) throw new ChannelConfigError('url', 'a 企业微信 robot URL carries its key (…/webhook/send?key=…)')
    const msgtype = r.msgtype === undefined || r.msgtype === '' ? 'markdown' : r.msgtype
    if (msgtype !== 'markdown' && msgtype !== 'text') throw new ChannelConfigError('msgtype', 'expected markdown or text')
    return { url, msgtype }
  },
  publicView(config) {
    return { url: maskUrl(config.url), msgtype: config.msgtype }
  },
  async send(config, message, ctx) {
    const secrets = [robotKey(config.url)]
    const outcome = await sendHttp({ url: config.url, body: wecomBody(config, message), secrets, expectJson: true }, ctx)
    if (!outcome.ok) return outcome
    const answer = asObject(outcome.json)
    return robotResult(PROVIDER_NAMES.wecom, WECOM_RULES, { code: answer.errcode, msg: answer.errmsg }, secrets)
  },
}
