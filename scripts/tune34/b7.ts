// batch 7 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://www.1230539.com/news/32978.html', '临沂信息网', '2026-02-03', '临沂发布2026年春运“两公布一提示”,请查收!', '2026年春运自2月2日至3月13日,共40天。春运是一年中公路客货流量最集中、人员流动最频繁的时期,也是道路交通事故易发高发期。为确保广大群众节日出行安全,临沂市公安局交通管理支队兰山区北城新区大队发布春运“两公布一提示”,请广大交通参与者合理选择出行时间、线路和方式,避开高峰时段和拥堵路段,谨慎驾驶,安全出行。', 'gaj', '山东省', '临沂市', '兰山区'],
['https://linyi.focus.cn/zixun/e91486ac195f8d9d.html', '临沂气象在线', '2021-02-25', '临沂市气象台发布道路结冰黄色预警信号!', '受雨夹雪或降雪影响,目前我市大部地区已出现对交通有 影响的道路结冰,预计今天上午降水相态由雪转雨,请注意防范。', '', '山东省', '临沂市', null],
['http://www.zichuan.gov.cn/gongkai/site_zcqscjdglj/channel_61bd4027c6e2b77861e7a6a9/doc_67a9a9107ed45b1710717233.html', '淄川区市场监督管理局', '2025-02-10', '2025年元宵节消费提示', '2025年元宵节即将来临,为确保广大消费者度过一个欢乐、祥和、安全的节日,淄川区市场监管局特发布以下消费提示:', 'scjgj', '山东省', '淄博市', '淄川区'],
]
