// batch 22 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://www.sdchem.com.cn/html/hgzbyyb/gnxw/2025/0728/44238.html', '大小新闻', '2025-07-28', '烟台市第三轮山东省生态环境保护督察反馈报告整改进展情况', '2024年4月9日至4月29日,省第二生态环境保护督察组对烟台市开展了第三轮生态环境保护督察,并于7月2日反馈督察报告。烟台市委、市政府高度重视,迅速组织传达学习,坚定扛牢生态文明建设政治责任,聚焦突出问题,举一反三、综合施策,全面抓好督察反馈意见整改落实。', 'sthjj', '山东省', '烟台市', null],
['http://m.lcxw.cn:8080/zslc/app/news_detail.action?n_id=102376&force=1', '聊城新闻网', '2021-01-29', '2021年聊城市棚户区改造项目清单公布 新开工25174户', '近日市住建局、市发改委、市财政局、市自然资源和规划局联合发布《关于公布2021年全市棚户区改造公租房保障计划任务的通知》,内容如下:', 'zjj', '山东省', '聊城市', null],
]
