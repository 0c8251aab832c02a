/**
 * Every string a person reads goes through this table, so an English table can follow by
 * adding `en` with the same keys (the type makes a missing key a compile error).
 */
const zhCN = {
  'app.title': '山东省政务舆情监测',
  'time.beijing': '北京时间',
  'weekday.0': '星期日',
  'weekday.1': '星期一',
  'weekday.2': '星期二',
  'weekday.3': '星期三',
  'weekday.4': '星期四',
  'weekday.5': '星期五',
  'weekday.6': '星期六',
  'date.ymd': '{y}年{m}月{d}日',
  'conn.live': '● 实时',
  'conn.connecting': '◌ 连接中',
  'conn.reconnecting': '◌ 重连中 自 {since}',
  'conn.stale': '数据已过期：最后更新 {at}',
  'wall.newItems': '新发现',
  'wall.noItems': '暂无新信息，正在监测…',
  'wall.itemsToday': '今日新发现 {n}',
  'wall.source': '来源 {name}',
} as const

export type MessageKey = keyof typeof zhCN
export type MessageTable = Record<MessageKey, string>

const tables: Record<string, MessageTable> = { 'zh-CN': zhCN }
let active: MessageTable = zhCN

export function setLocale(locale: string): void {
  active = tables[locale] ?? zhCN
}

/** Looks up a message and fills `{name}` placeholders. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return active[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`))
}
