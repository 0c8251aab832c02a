import type { OutgoingMessage } from '@shared/notify/channels.ts'

/** A rendered message like the dispatcher produces, with text that tempts every escaping bug. */
export function sampleMessage(overrides: Partial<OutgoingMessage> = {}): OutgoingMessage {
  return {
    title: '【Ⅱ级 转办】济南市历下区某小区供暖问题',
    text: '济南市历下区某小区供暖不达标，"居民"反映强烈。\n请于 5 小时内发布权威信息。\n链接：https://yq.example.cn/cases/42',
    markdown: '**济南市历下区某小区供暖不达标**，"居民"反映强烈。\n\n请于 5 小时内发布权威信息。\n\n[查看案件](https://yq.example.cn/cases/42)',
    link: 'https://yq.example.cn/cases/42',
    idempotencyKey: 'case:42:forwarded:unit:7:webhook',
    cause: 'forwarded',
    caseId: 42,
    ...overrides,
  }
}
