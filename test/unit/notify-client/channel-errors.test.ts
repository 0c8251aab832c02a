import { describe, expect, it } from 'vitest'
import { CHANNEL_SPECS } from '@shared/notify/channels.ts'
import { channelRefusal } from '../../../client/src/features/notify/channel-errors.ts'

describe('channel API refusals in words', () => {
  it('channelRefusal() puts config, address and validation refusals beside their field in Chinese, the rest under the form', () => {
    const webhook = CHANNEL_SPECS.webhook.fields
    const email = CHANNEL_SPECS.email.fields
    expect(channelRefusal({ code: 'YQ_ERR_CHANNEL_CONFIG', message: 'secret: required' }, webhook)).toEqual({ field: 'secret', text: '必填' })
    expect(channelRefusal({ code: 'YQ_ERR_CHANNEL_CONFIG', message: 'url: only http and https URLs' }, webhook)).toEqual({ field: 'url', text: '请填写 http:// 或 https:// 开头的完整地址' })
    expect(channelRefusal({ code: 'YQ_ERR_CHANNEL_CONFIG', message: 'to: "x@" is not valid' }, email).text).toMatch(/^邮箱格式不正确/)
    expect(channelRefusal({ code: 'YQ_ERR_CHANNEL_CONFIG', message: 'extra: not a field of a webhook channel (fields: url, secret)' }, webhook)).toEqual({ field: 'form', text: '渠道设置无效：extra: not a field of a webhook channel (fields: url, secret)' })
    expect(channelRefusal({ code: 'YQ_ERR_SOURCE_URL_REFUSED', message: '127.0.0.1 is a loopback or private address; set YQ_ALLOW_PRIVATE_FEEDS=1 to allow it' }, webhook)).toEqual({ field: 'url', text: '渠道地址指向本机或内网地址，已拒绝' })
    expect(channelRefusal({ code: 'YQ_ERR_SOURCE_URL_REFUSED', message: 'the host robot.invalid does not resolve' }, webhook)).toEqual({ field: 'url', text: '无法解析渠道地址的主机名，请检查地址' })
    expect(channelRefusal({ code: 'YQ_ERR_NOTIFY_OWNER', message: 'you may not manage the channels of unit 370102' }, webhook)).toEqual({ field: 'form', text: '无权管理这个渠道' })
    expect(channelRefusal({ message: '操作失败（HTTP 502）' }, webhook)).toEqual({ field: 'form', text: '操作失败（HTTP 502）' })
    // As the API client throws it: words in `message`, the server's text in `detail`.
    expect(channelRefusal({ code: 'YQ_ERR_CHANNEL_CONFIG', message: '通知渠道的设置有误', detail: 'url: not a URL' }, webhook)).toEqual({ field: 'url', text: '请填写 http:// 或 https:// 开头的完整地址' })
  })
})
