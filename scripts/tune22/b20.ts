// batch 20 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://liaocheng.sdchina.com/show/4253601.html', '聊城晚报', '2018-01-11', '张保国:聊城新能源公交占比全国领先', '1月8日,聊城市政协委员张保国接受记者采访时透露,目前,聊城公交集团总有1133台公交车,其中84.8%是新能源车辆。新能源车辆的占比全国领先。', 'jtysj', '山东省', '聊城市', null],
['http://yingji.china.com.cn/2025-10/11/content_43246773.shtml', '中国网', '2025-10-11', '新邵警方精准拦截一起电信诈骗 为群众止损12万元', '近日,湖南省新邵县公安局快速反应、成功拦截一起以“婚恋交友”为名的电信网络诈骗,及时为一名群众挽回了12万元的经济损失。', 'gaj', '湖南省', null, null],
['https://3g.163.com/news/article/FJU713B105346RC6.html?f=common-recommend-list', '新华社', null, '', '新华社长沙8月13日电(记者谭畅)湖南省公安厅13日召开新闻发布会,宣布侦破一起跨境电信网络诈骗案,抓获38名嫌疑人,冻结涉案资金逾千万元。', 'gaj', '湖南省', null, null],
['https://epaper.hyqss.cn/hywb/html/2019-02/01/content_6_4.htm', '衡阳晚报', '2019-02-01', '', '本报讯 1月23日,在网技支队支持下,市公安局蒸湘分局刑侦大队通过缜密侦查,成功破获系列诈骗案件,涉案金额高达70余万元。冒充省市领导朋友实施诈骗的犯罪嫌疑人蒋某落入法网。', 'gaj', '湖南省', null, null],
]
