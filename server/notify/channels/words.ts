/**
 * Every Chinese sentence a channel failure is reported with, and each provider's error codes,
 * in one place: the delivery log, the test-send answer and the tests read them from here.
 */

export const ANSWER_CAP_BYTES = 64 * 1024

export const WORDS = {
  urlInvalid: '渠道地址无效：只接受 http 或 https 地址',
  urlRefused: '渠道地址指向本机或内网地址，已拒绝（测试环境可设置 YQ_ALLOW_PRIVATE_FEEDS=1）',
  hostUnresolved: '无法解析渠道地址的主机名，稍后重试',
  timeout: '渠道没有在限定时间内回答（超时），稍后重试',
  network: (code: string) => `无法连接渠道服务器（${code}），稍后重试`,
  redirect: (status: number) => `渠道返回了重定向（HTTP ${status}），未跟随，请检查地址`,
  httpRateLimited: '渠道限流（HTTP 429），稍后以汇总发送',
  httpServer: (status: number) => `渠道服务器出错（HTTP ${status}），稍后重试`,
  httpClient: (status: number) => `渠道拒绝了请求（HTTP ${status}），请检查地址和密钥`,
  notJson: '渠道返回的不是预期的 JSON（可能是网关或登录页）',
  tooLarge: `渠道的回答超过 ${ANSWER_CAP_BYTES / 1024} KB，已停止读取（可能不是机器人地址）`,
  notBuilt: (kind: string) => `渠道类型 ${kind} 尚未实现`,
} as const

/** How one provider error code is reported: words, and whether trying again can help. */
export interface CodeWords {
  words: string
  retryable: boolean
  rateLimited?: boolean
}
