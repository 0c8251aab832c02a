// batch 7 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://fzbdw.org.cn/fajieshiye/sifa/2019-02-21/87422.html', '法治报道', '2019-02-21', '', '法治报道讯(通讯员 郭娜)为切实发挥法律援助为民服务职能,最大限度满足弱势群体对法律援助的需求,让法律援助更加有效维护困难群众和弱势群体的合法权益,保障司法公正,实现社会公平正义, 2月21日, 山东省东营市垦利区司法局董集司法所开展法律援助宣传活动。', 'sfj', '山东省', '东营市', '垦利区'],
['http://www.cnread.news/amp/article/12289067.html', '華文網', null, '東營中院開展“送法下鄉、進社區”法制宣傳活動', '為迎接“12·4”全國法制宣傳日的到來,12月1日東營中院政治部組織法官分別在膠州路與運河路口、利津縣汀羅鎮北碼四村開展“送法進社區、送法下鄉”法制宣傳活動。', '', '山东省', '东营市', null],
['https://edu.qingdaonews.com/content/2009-11/13/content_8202155.htm', '青岛新闻网', '2009-11-13', '', '人力资源和社会保障部12日在上海召开第十二批新职业信息发布会,正式向社会发布中国生产操作和服务业领域近来产生的8个新职业的信息。', 'rsj', null, null, null],
['https://www.baogao.com/chanjing/9b83128a-c1c0-4ae1-87c8-6dc83ff0ec1b.html', '界面新闻', null, '', '交通运输部部长李小鹏介绍,和往年相比,今年春运有4个特点:①人流量创同期历史新高。春运40天,全社会跨区域人员流动的总量达到了84.2亿。②自驾出行成主力。春运期间67亿人次自驾出行,约占总量的8成。', 'jtysj', null, null, null],
['https://wallstreetcn.com/livenews/2395216', '央视新闻', null, '春节假期收尾,公路铁路民航均迎来返程客流高峰', '今天是大年初六,春节假期最后一天。公路、铁路、民航均迎来返程客流高峰。数据显示,全国高速公路流量持续上涨,今日0—12时,公路网的流量已经突破了2700万辆,全国路网总体维持在高位运行状态。', 'jtysj', null, null, null],
]
