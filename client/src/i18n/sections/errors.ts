import type { ErrorCode } from '@shared/errors.ts'

/**
 * The server's error codes in words for the person at the page. The server's own message is
 * English for logs and programs; a page shows these. A code added to shared/errors.ts without
 * words here fails the type check.
 */
export const ERROR_WORDS: Readonly<Record<ErrorCode, string>> = {
  YQ_ERR_FEED_HTTP: '信息源返回了错误状态',
  YQ_ERR_FEED_TIMEOUT: '信息源响应超时',
  YQ_ERR_FEED_TOO_LARGE: '信息源内容过大',
  YQ_ERR_FEED_NOT_FEED: '该地址返回的不是 RSS/Atom/JSON Feed',
  YQ_ERR_FEED_NETWORK: '无法连接信息源',
  YQ_ERR_FEED_REDIRECTS: '信息源跳转次数过多',
  YQ_ERR_FEED_TOO_COMPLEX: '信息源内容嵌套过深或过于复杂，已停止读取',
  YQ_ERR_SOURCE_URL_REFUSED: '该地址不允许使用（内网、本机或非 http/https 地址）',
  YQ_ERR_SOURCE_DUPLICATE: '该信息源已存在',
  YQ_ERR_SOURCE_NOT_FOUND: '信息源不存在或已删除',
  YQ_ERR_SOURCE_KIND: '该信息源的类型不支持此操作',
  YQ_ERR_PUSH_TOKEN: '推送令牌无效',
  YQ_ERR_SOURCE_PAUSED: '信息源已暂停',
  YQ_ERR_SOURCE_NAME: '请填写信息源名称',
  YQ_ERR_CONFIG: '服务器配置有误',
  YQ_ERR_CASE_NOT_FOUND: '事项不存在，或不在您的管辖范围内',
  YQ_ERR_BAD_CASE_LEVEL: '事件级别无效',
  YQ_ERR_UNKNOWN_UNIT: '单位不存在',
  YQ_ERR_EVENT_IN_FUTURE: '发生时间不能晚于现在',
  YQ_ERR_EVENT_BEFORE_CLOCK_START: '发生时间不能早于计时起点',
  YQ_ERR_BAD_CASE_EVENT: '填写的办理记录不完整或有误',
  YQ_ERR_EVENT_URL_NOT_PUBLIC: '发布链接须为公众可访问的网址，不能是本机、内网或带账号的地址',
  YQ_ERR_BAD_CLOCK_START: '计时起点只能提前，不能推后或晚于现在',
  YQ_ERR_BAD_STATUS_CHANGE: '当前状态下不能做此变更',
  YQ_ERR_ITEM_NOT_FOUND: '信息不存在',
  YQ_ERR_ITEM_ALREADY_LINKED: '该信息已关联到其他事项',
  YQ_ERR_BAD_CATALOGUE: '部门词表有误',
  YQ_ERR_BAD_PERIOD: '考核时段无效',
  YQ_ERR_BAD_GROUPING: '统计方式无效',
  YQ_ERR_BULLETIN_NOT_FOUND: '通报不存在',
  YQ_ERR_BULLETIN_UNCHANGED: '与上一版相比没有需要更正的内容',
  YQ_ERR_CHECK_NOT_FOUND: '检查记录不存在',
  YQ_ERR_CHECK_EMPTY: '该时段没有可抽查的已办结事项',
  YQ_ERR_BAD_CHECK_RESULT: '检查结果填写有误',
  YQ_ERR_CHECK_ALREADY_RECORDED: '该检查结果已登记',
  YQ_ERR_UNAUTHENTICATED: '请先登录',
  YQ_ERR_FORBIDDEN: '您的账号无权进行此操作',
  YQ_ERR_CSRF: '页面已过期，请刷新后重试',
  YQ_ERR_LOGIN_FAILED: '用户名或密码错误',
  YQ_ERR_LOGIN_LOCKED: '尝试次数过多，请稍后再试',
  YQ_ERR_WEAK_PASSWORD: '密码太简单',
  YQ_ERR_USER_EXISTS: '用户名已存在',
  YQ_ERR_USER_NOT_FOUND: '用户不存在',
  YQ_ERR_TOKEN_NOT_FOUND: '显示屏授权不存在',
  YQ_ERR_STORY_NOT_FOUND: '线索不存在',
  YQ_ERR_STORY_CLAIMED: '该线索正由其他研判员处理',
  YQ_ERR_STORY_TRIAGED: '该线索已研判',
  YQ_ERR_UNDO_EXPIRED: '已超过可撤销的时间',
  YQ_ERR_CASE_CLOSED: '事项已办结，请先重新打开',
  YQ_ERR_BAD_CURSOR: '列表已变化，请从头加载',
  YQ_ERR_BAD_SEARCH: '搜索词无效',
  YQ_ERR_CHANNEL_CONFIG: '通知渠道的设置有误',
  YQ_ERR_INTERNAL: '服务器内部错误，已记录，请稍后重试',
}

/** Codes Fastify itself answers with. */
export const FRAMEWORK_WORDS: Readonly<Record<string, string>> = {
  FST_ERR_VALIDATION: '填写的内容不符合要求',
  FST_ERR_RATE_LIMITED: '操作过于频繁，请稍后再试',
  FST_ERR_CTP_BODY_TOO_LARGE: '提交的内容过大',
  FST_ERR_NOT_FOUND: '请求的地址不存在',
}

export const errors = {
  'error.network': '无法连接服务器：数据可能已过期，连接恢复后会自动更新',
  'error.http': '操作失败（HTTP {status}）',
} as const
