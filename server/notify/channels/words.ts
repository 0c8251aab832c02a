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
} as const

/** How one provider error code is reported: words, and whether trying again can help. */
export interface CodeWords {
  words: string
  retryable: boolean
  rateLimited?: boolean
}

/** A provider answer code, optionally narrowed by its message (钉钉 310000 covers four causes). */
export interface CodeRule extends CodeWords {
  code: number
  msg?: RegExp
  retryAfterMs?: number
}

// 企业微信 group robot (developer.work.weixin.qq.com/document/path/91770, global error codes).
export const WECOM_RULES: readonly CodeRule[] = [
  { code: 45009, words: '企业微信机器人限流（45009），稍后以汇总发送', retryable: true, rateLimited: true, retryAfterMs: 60_000 },
  { code: 93000, words: '企业微信机器人地址无效或 key 已失效（93000），请在群里重新复制机器人地址', retryable: false },
  { code: 40058, words: '企业微信拒绝了消息（40058：参数不合法，可能内容超长）', retryable: false },
  { code: 40008, words: '企业微信拒绝了消息（40008：消息类型无效）', retryable: false },
  { code: 44004, words: '企业微信拒绝了消息（44004：内容为空）', retryable: false },
  { code: -1, words: '企业微信系统繁忙（-1），稍后重试', retryable: true },
]

// 钉钉 custom robot (open.dingtalk.com custom-robot-access): 20 messages a minute, then limited.
export const DINGTALK_RULES: readonly CodeRule[] = [
  { code: 130101, words: '钉钉机器人限流（130101：每分钟最多 20 条），稍后以汇总发送', retryable: true, rateLimited: true, retryAfterMs: 60_000 },
  { code: 410100, words: '钉钉机器人限流（410100：发送速度太快），稍后以汇总发送', retryable: true, rateLimited: true, retryAfterMs: 60_000 },
  { code: 310000, msg: /sign/i, words: '钉钉机器人加签校验失败（310000），请核对“加签”密钥', retryable: false },
  { code: 310000, msg: /timestamp/i, words: '钉钉机器人拒绝：时间戳无效（310000），请检查服务器时间', retryable: false },
  { code: 310000, msg: /keyword/i, words: '钉钉机器人拒绝：消息不含安全设置的关键词（310000）', retryable: false },
  { code: 310000, msg: /ip|whitelist/i, words: '钉钉机器人拒绝：服务器 IP 不在白名单（310000）', retryable: false },
  { code: 310000, words: '钉钉机器人安全设置校验失败（310000）', retryable: false },
  { code: 300001, words: '钉钉机器人 access_token 无效（300001），请重新复制机器人地址', retryable: false },
  { code: -1, words: '钉钉系统繁忙（-1），稍后重试', retryable: true },
]

// 飞书 custom bot (open.feishu.cn/document/client-docs/bot-v3/add-custom-bot): 100 a minute, 5 a second.
export const FEISHU_RULES: readonly CodeRule[] = [
  { code: 11232, words: '飞书机器人限流（11232），稍后以汇总发送', retryable: true, rateLimited: true, retryAfterMs: 60_000 },
  { code: 9499, msg: /too many/i, words: '飞书机器人限流（9499），稍后以汇总发送', retryable: true, rateLimited: true, retryAfterMs: 60_000 },
  { code: 9499, words: '飞书拒绝了请求（9499：Bad Request，消息格式不被接受）', retryable: false },
  { code: 19021, words: '飞书机器人签名校验失败或时间戳超过 1 小时（19021），请核对密钥和服务器时间', retryable: false },
  { code: 19022, words: '飞书机器人拒绝：服务器 IP 不在白名单（19022）', retryable: false },
  { code: 19024, words: '飞书机器人拒绝：消息不含安全设置的关键词（19024）', retryable: false },
  { code: 19001, words: '飞书机器人地址无效（19001），请重新复制机器人地址', retryable: false },
  { code: 19002, words: '飞书拒绝了消息（19002：参数不合法）', retryable: false },
]

export const PROVIDER_NAMES = { wecom: '企业微信机器人', dingtalk: '钉钉机器人', feishu: '飞书机器人' } as const

export const ROBOT_WORDS = {
  unknownCode: (provider: string, code: number) => `${provider}返回错误（${code}）`,
  notRobotAnswer: (provider: string) => `渠道返回的 JSON 不是${provider}的回答（地址可能不是机器人地址）`,
} as const

export const EMAIL_WORDS = {
  notConfigured: '未配置邮件服务器（YQ_SMTP_URL），无法发送邮件',
  timeout: (s: number) => `邮件服务器在 ${s} 秒内没有回答（连接、问候或传输超时），稍后重试`,
  closed: '邮件服务器在发送过程中断开了连接，稍后重试',
  network: (code: string) => `无法连接邮件服务器（${code}），稍后重试`,
  tls: '与邮件服务器的 TLS 握手失败，请检查 YQ_SMTP_URL（smtp:// 或 smtps://、端口）',
  auth: '邮件服务器拒绝了登录，请检查 YQ_SMTP_URL 中的用户名和密码',
  recipientRejected: (code: number) => `邮件服务器拒收收件人（${code}），请检查邮箱地址`,
  temporarilyRejected: (code: number) => `邮件服务器暂时拒收（${code}），稍后重试`,
  messageRejected: (code: number) => `邮件服务器拒收了这封邮件（${code}）`,
  partlyRejected: (addresses: string) => `已发送，但部分收件人被拒收：${addresses}`,
  failed: (code: string) => `邮件发送失败（${code}）`,
} as const

export const SMS_WORDS = {
  notConfigured: '未配置短信服务（YQ_SMS_URL），无法发送短信',
  badBody: '短信模板生成的请求不是有效的 JSON，请检查 YQ_SMS_BODY_TEMPLATE',
  partly: (failed: number, total: number, first: string) => `${total} 个号码中 ${failed} 个未发送成功：${first}`,
} as const
