// batch 21 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://qubaike.com/hotnews/1a5zulxt.html', 'qubaike.com', '2022-09-15', '蓬莱区:关于城市公交车停运的公告', '根据上级通知,因受台风“梅花”影响,蓬莱区交通运输局现启动防汛应急响应。蓬莱城市公交全部线路自9月15日14时起全部停运。', 'jtysj', '山东省', '烟台市', '蓬莱区'],
['https://m.jnnews.tv/p/497560.html', '济宁新闻网', '2015-11-24', '暴雪!济宁长途客车和城际公交暂时停运', '济宁新闻网11月24日讯(记者谷雨通讯员秦明)今天上午8时, 济宁市发布暴雪橙色预警,记者从济宁交运集团获悉,由于道路积雪较深,暴雪没有停止的迹象,长途客车和城际公交暂时停运,视天气情况进行通车。', 'jtysj', '山东省', '济宁市', null],
['http://chinarta.com/html/2010-3/201034160004.htm', 'chinarta.com', '2010-03', '', '记者从临沂春运办获悉,3日,临沂道路方面共完成客运量11.82万人次,春运迎来学生返校高峰,目前春运以省内线路为主。', 'jtysj', '山东省', '临沂市', null],
['https://m.yybnet.net/weifang/news/202004/10360935.html', '潍坊晚报', '2020-04-07', '杨家埠民间艺术大观园免费开放', '本报讯春暖花开,万物复苏。记者了解到,4月7日至5月7日,国家4A级景区潍坊杨家埠民间艺术大观园对市民免费开放。', 'whlyj', '山东省', '潍坊市', null],
]
