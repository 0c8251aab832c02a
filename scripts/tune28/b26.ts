// batch 26 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://dzwww.com/tupian/wyzp/201807/t20180729_17662713.htm', '大众网', '2018-07-29', '滕州微山湖十万亩荷花进入盛开期 吸引游客前来观光', '盛夏时节,山东滕州微山湖10万余亩的野生红荷在河湖交汇的大湖面争奇斗艳、摇曳生姿,在碧水中散发出阵阵沁人的清香,吸引着大批中外游客前来观光。', 'whlyj', '山东省', '枣庄市', '滕州市'],
['https://huahuizhongzhi.com/detail/106895.html', 'huahuizhongzhi.com', null, '郯城打击非法采挖银杏大树', '今年以来,山东省郯城县林业局连续查处非法采挖银杏大树、古树案件23起,定点栽植保护涉案银杏、黑松等大树、古树40余株,价值200余万元。', 'zrzyj', '山东省', '临沂市', '郯城县'],
['http://www.yunhepan.com/news/275392.shtml', '齐鲁网', '2013-10-18', '潍坊改变山区“望天吃水”现状 水质和城市标准一样', '齐鲁网10月18日讯 据山东广播电视台广播新闻频道《山东新闻》报道 保障水质安全,重点在农村,难点在山区。背靠沂山的临朐县寺头镇上河庄村过去一直是“望天吃水”,最近,村里用上了自来水。', 'slj', '山东省', '潍坊市', '临朐县'],
]
