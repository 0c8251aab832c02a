// batch 18 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://news.fznews.com.cn/gngj/20231215/4Akb8803en.shtml', '大皖新闻', '2023-12-15', '徐州一百多辆车连环相撞?交警回应', '12月15日上午,有网传消息称,今天早上徐州市西三环发生追尾事故,疑似上百辆车连环相撞。12月15日上午,大皖新闻记者从徐州交警获悉,网传上百辆车相撞消息不实,没有上百辆车相撞。工作人员表示,目前道路已经恢复通行。', 'gaj', '江苏省', null, null],
['http://www.wudao.jdgod.com/ggfw/2023/0129/10381.html', '齐鲁网·闪电新闻', null, '', '齐鲁网·闪电新闻1月27日讯 春节假期里,一场场精彩的文艺演出也在上演着,2023德城区“黄河大集”暨非物质文化遗产月优秀传统文化展演活动将一直持续到正月十六,为市民带来高跷、秧歌等丰富多彩的文艺演出。', 'whlyj', '山东省', '德州市', '德城区'],
['http://app.dz31hao.com/detailArticle/10276383_15505_dzy.html?app=1&from=singlemessage&source=1', '德州晚报', null, '【网络述年】287场文化惠民活动让你春节玩出新花样 | 德州云-德州晚报全媒体', '春节期间,我市各项文艺演出和娱乐活动密集,“迎春文艺演出”、“艺术节”、各县市区庙会等,已排至元宵佳节。同时,图书馆、文化馆等公共文化设施也在节日期间开展丰富多彩的文化活动,很多尤为适合青少年参加。', 'whlyj', '山东省', '德州市', null],
]
