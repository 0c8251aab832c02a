// batch 14 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://epaper.qlwb.com.cn/qlwb/content/20111201/ArticelI05006FM.htm', '齐鲁晚报', '2011-12-01', '气温骤降,暖气跟着闹“情绪”', '本报11月30日讯 (记者周磊 英子)随着第一场雨夹雪的来临,加上凛冽的寒风,临沂城的气温降幅巨大。11月30日,记者接到众市民反映,家中暖气在这样的情况下再次出状况,实在让人受不了。', 'zjj', '山东省', '临沂市', null],
['https://news.jnnc.com/jinan/p/807934.html', '齐鲁网', null, '问政山东丨枣庄高铁站网约车难打,出租车拼车、拒载、不打表…交通执法人员却视而不见', '10月15日,《问政山东》进行问政16市阶段的第三场回头看特别节目。参加本期节目的是聊城市、枣庄市和滨州市。', 'jtysj', '山东省', '枣庄市', null],
['https://www.yybnet.net/zibo/news/201501/2704266.html', 'yybnet.net', '2015-01', '', '晚报热线3184500讯(记者李妍)“这段路灯不亮,乌黑一片,经过时什么也看不见,经常小事故不断。”昨日,市民徐女士向本报热线反映,张店新村西路附近的书香景园路路灯“罢工”,市民无奈只能摸黑通行。然而,在记者的调查中却发现,究竟谁是这条路路灯的主人竟成了谜。市民希望相关单位或部门能尽快让路灯“上岗”。', 'cgj', '山东省', '淄博市', '张店区'],
]
