import type { ChannelKind } from '@shared/notify/channels.ts'
import type { ChannelAdapter } from './channel.ts'
import { dingtalkAdapter } from './dingtalk.ts'
import { emailAdapter } from './email.ts'
import { feishuAdapter } from './feishu.ts'
import { webhookAdapter } from './webhook.ts'
import { wecomAdapter } from './wecom.ts'
import { WORDS } from './words.ts'

export { sendTimeoutMs } from './http-send.ts'
export { ChannelConfigError } from './config-fields.ts'

/** Until a kind's adapter lands: validating it fails loudly, sending it reports why. */
function notBuilt(kind: ChannelKind): ChannelAdapter {
  return {
    kind,
    validate() {
      throw new Error(WORDS.notBuilt(kind))
    },
    publicView: () => ({}),
    send: () => Promise.resolve({ ok: false, retryable: false, rateLimited: false, error: WORDS.notBuilt(kind) }),
  }
}

/** One adapter per channel kind; the dispatcher, the test-send route and the API look them up here. */
export const channelAdapters: Record<ChannelKind, ChannelAdapter> = {
  webhook: webhookAdapter as ChannelAdapter,
  wecom: wecomAdapter as ChannelAdapter,
  dingtalk: dingtalkAdapter as ChannelAdapter,
  feishu: feishuAdapter as ChannelAdapter,
  email: emailAdapter as ChannelAdapter,
  sms: notBuilt('sms'),
}
