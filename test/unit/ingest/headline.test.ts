import { describe, expect, it } from 'vitest'
import { headlineFromSummary } from '../../../server/ingest/headline.ts'
import { parseFeedText } from '../../../server/ingest/parse-feed.ts'

describe('headlineFromSummary()', () => {
  it.each([
    ['【打印】【关闭】 来源：济南日报 编辑：张三 济南市启动老旧小区改造。今年计划改造120个小区。', '济南市启动老旧小区改造。'],
    ['[字体：大 中 小] 发布时间：2025-06-10 08:00 青岛地铁6号线开通试运营！市民可免费乘坐。', '青岛地铁6号线开通试运营！'],
    ['2025-06-10 08:30:00 | 记者：李四 烟台暴雨致部分路段积水', '烟台暴雨致部分路段积水'],
    ['原标题：潍坊通报一起食品安全事件。正文如下', '潍坊通报一起食品安全事件。'],
    ['点击查看原文', ''],
    ['', ''],
  ])('makes %j into %j', (summary, want) => {
    expect(headlineFromSummary(summary)).toBe(want)
  })

  it('cuts a long first sentence at 80 characters', () => {
    expect(headlineFromSummary('长'.repeat(200))).toBe(`${'长'.repeat(79)}…`)
  })
})

describe('parseFeedText() on an entry without a title', () => {
  it('gives it the first sentence of its summary, not the page furniture', async () => {
    const feed = await parseFeedText(
      '<rss version="2.0"><channel><title>T</title><item><guid>1</guid><description>来源：山东发布 日照港新航线开通。首班货轮今日靠港。</description></item></channel></rss>',
    )
    expect(feed.items[0]!.title).toBe('日照港新航线开通。')
  })
})
