/** The longest headline made from a summary when an entry has no title. */
export const HEADLINE_FROM_SUMMARY_CHARS = 80

/**
 * Page furniture that Chinese sites put before the text and that makes no headline: bracketed
 * buttons (【打印】【关闭】), the font switch, and source, author, editor and date lines.
 */
const BOILERPLATE = [
  /^【[^】]{0,12}】/,
  /^[[［(（]?\s*字体\s*[:：]?\s*[大中小\s]+[\]］)）]?/,
  /^(?:来源|作者|编辑|责任编辑|责编|记者|通讯员|发布时间|发布日期|时间|日期|浏览次数|点击数|阅读)\s*[:：]\s*\S+/,
  /^(?:\d{4}[-/年.]\d{1,2}[-/月.]\d{1,2}日?)/,
  /^\d{1,2}:\d{2}(?::\d{2})?(?=\s|$)/,
  /^(?:分享到|打印本页|关闭窗口|收藏|点击查看(?:全文|原文|详情)?)/,
  /^原标题\s*[:：]\s*/,
]

/**
 * A headline for an entry without a title: the summary's first sentence with leading boilerplate
 * removed, at most HEADLINE_FROM_SUMMARY_CHARS characters; '' when nothing is left (untitled).
 */
export function headlineFromSummary(summary: string | null): string {
  let text = (summary ?? '').trim()
  for (let changed = true; changed && text; ) {
    changed = false
    for (const pattern of BOILERPLATE) {
      const next = text.replace(pattern, '').replace(/^[\s|｜·•,，;；:：-]+/, '')
      if (next !== text) {
        text = next
        changed = true
      }
    }
  }
  const sentence = /^[\s\S]*?[。！？!?](?=\s|$|[^”’"'）)])/.exec(text)?.[0] ?? text
  return sentence.length > HEADLINE_FROM_SUMMARY_CHARS ? `${sentence.slice(0, HEADLINE_FROM_SUMMARY_CHARS - 1)}…` : sentence
}
