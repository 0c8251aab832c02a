// batch 15 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://zgzyfzw.com.cn/article.asp?id=47101', '新华网', null, '', '新华社合肥1月25日电(记者 周畅)记者25日从安徽省司法厅获悉,2020年,安徽省大力推进实施法律援助民生工程,开展根治拖欠农民工工资专项活动,全省法律援助机构办理农民工法律援助案件3.3万件、残疾人法律援助案件1.1万件、未成年人法律援助案件4.8万件。', 'sfj', '安徽省', null, null],
['https://zaozhuang.dzwww.com/news/zznews/202509/t20250916_16477440.html', '枣庄日报', '2025-09-16', '枣庄市人民政府关于试鸣防空防灾警报的通告', '根据《中华人民共和国人民防空法》规定和枣庄市确定的防空防灾警报试鸣日制度,市政府决定进行第二十七次防空防灾警报试鸣。现将有关事项通告如下:', 'rfb', '山东省', '枣庄市', null],
]
