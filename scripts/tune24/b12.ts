// batch 12 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://heze.dzwww.com/news/201501/t20150112_11711854.htm', '大众网', '2015-01-12', '', '大众网菏泽1月12日讯(记者 刘 进)今天开始,菏泽城市管理行政执法支队市中大队对老城区的东方红大街、八一街、双河路等重点路段,开展持续一周的集中治理,以迎接将要到来的春节购物潮。', 'cgj', '山东省', '菏泽市', null],
['https://meipian.cn/3mcoku4j', '美篇', null, '', '为扎实推进城市管理精细化工作,进一步提升城市形象。近日,定陶区综合行政执法局滨河执法大队持续开展整治行动。', 'cgj', '山东省', '菏泽市', '定陶区'],
['https://nanmuxuan.com/zh-hk/complex/gllztmklhou.html', '齊魯晚報·齊魯壹點', null, '', '受持續降雨影響,黃河中下游干支流普遍漲水,黃河干流出現編號洪水。汛情就是命令。在河口黃河防秋汛一線,河口黃河河務局水政監察大隊執法人員日夜堅守,進行河道巡查、串溝摸排、保障刁口河分流入海等。', 'slj', '山东省', '东营市', '河口区'],
]
