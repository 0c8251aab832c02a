// batch 9 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://m.yybnet.net/qingdao/pingdu/201408/2177649.html', '青岛早报', '2014-08-26', '挖沙打游击 村民很头疼', '早报讯 “我们这最近来了一帮人,不分白天黑夜地挖河里的沙。”近日平度云山镇院西村村民丁先生(化名)拨打早报热线82888000反映。丁先生告诉记者,这伙人在村口挖沙已有半个多月的时间,一开始村里人以为是整修河道,可慢慢地有人觉得这整修活动有些不对劲,每天都有挖沙船和挖掘机在河道中挖取河沙,挖出来的沙都被装车运走。', 'slj', '山东省', '青岛市', '平度市'],
['https://app.xinhuanet.com/news/article.html?articleId=81ef7b2e78f80380e349ea3173683829', '新华社', '2024-11-29', '中国农村公路优良中等路率达91.1%', '国务院新闻办公室29日举行新闻发布会,介绍《新时代的中国农村公路发展》白皮书,并答记者问。交通运输部公路局局长周荣峰表示,截止到2023年底,农村公路优良中等路率由2013年底的79%提升到91.1%。', 'jtysj', null, null, null],
['https://dongying.dzwww.com/dyxw/201409/t20140911_11002960.htm', '大众网', '2014-09-11', '', '大众网东营9月11日讯(见习记者 李慧君)交房入住一年多却迟迟未通暖气,东营天业盛世龙城C区的业主苦不堪言。今年的供暖日期日益临近,业主们反映今年供暖又要泡汤了。', 'zjj', '山东省', '东营市', null],
['http://tour.dzwww.com/shandong/picnews/201909/t20190904_19141444.htm', '新华网', '2019-09-04', '山东日照:秋茶采摘忙', '9月2日,在日照市岚山区巨峰镇,茶农在茶园里采茶。', 'nyncj', '山东省', '日照市', '岚山区'],
['http://ingsd.com/news/jiceng/2021-06-02/62641.html', 'ingsd.com', '2021-06-02', '', '5月29日,村民在山东省泰安市泰山区省庄镇小津口村的茶园里采茶。', 'nyncj', '山东省', '泰安市', '泰山区'],
]
