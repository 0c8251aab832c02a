import type { ChannelKind } from '@shared/notify/channels.ts'
import type { Config } from '../../config.ts'
import type { ChannelAdapter, ChannelDeployment } from './channel.ts'
import { dingtalkAdapter } from './dingtalk.ts'
import { emailAdapter } from './email.ts'
import { feishuAdapter } from './feishu.ts'
import { smsAdapter } from './sms.ts'
import { webhookAdapter } from './webhook.ts'
import { wecomAdapter } from './wecom.ts'

export { sendTimeoutMs } from './http-send.ts'
export { ChannelConfigError } from './config-fields.ts'

/** One adapter per channel kind; the dispatcher, the test-send route and the API look them up here. */
export const channelAdapters: Record<ChannelKind, ChannelAdapter> = {
  webhook: webhookAdapter as ChannelAdapter,
  wecom: wecomAdapter as ChannelAdapter,
  dingtalk: dingtalkAdapter as ChannelAdapter,
  feishu: feishuAdapter as ChannelAdapter,
  email: emailAdapter as ChannelAdapter,
  sms: smsAdapter as ChannelAdapter,
}

/** What every send needs from the deployment: pass it as SendContext.deployment. */
export function channelDeployment(config: Pick<Config, 'allowPrivateFeeds' | 'smtp' | 'sms'>): ChannelDeployment {
  return { allowPrivate: config.allowPrivateFeeds, smtp: config.smtp, sms: config.sms }
}
