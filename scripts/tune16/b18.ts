// batch 18 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://news.lznews.cn/luzhong/zibo/202103/t20210330_8247881.html', '鲁中网', '2021-03-30', '', '大众日报淄博融媒体中心·鲁中网3月29日讯(记者 李庆宇 见习记者 王钰程)3月29日,鲁中网记者跟随淄博市整治办对淄川区和博山区城乡环境治理情况进行了实地暗访。此次暗访行动中,记者共发现6处突出问题,其中建筑垃圾、工业废料露天堆放,道路未硬化致使车辆过路时扬尘四起等问题较为突出。', 'cgj', '山东省', '淄博市', null],
['http://slof.sinopec.com/slof/news/com_news/20211019/news_20211019_314999613929.shtml', '胜利油田', '2021-10-19', '油城环保世纪行活动启动', '10月15日,以“建设美丽东营,我们一起行动”为主题的2021年油城环保世纪行集中采访活动启动。活动聚焦东营市新固废法贯彻实施、危废固废处置能力建设、八大污染防治攻坚战等工作具体开展情况。', 'sthjj', '山东省', '东营市', null],
]
