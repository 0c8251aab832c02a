// batch 13 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://styjt.com/jiankang/2023-03-14/632039.html', '中新财经', '2023-03-14', '市场监管总局:截至2022年底我国累计召回汽车9578.7万辆', '中新网3月13日电 据市场监管总局消息,截至2022年底,我国已累计召回汽车9578.7万辆、消费品9023.8万件。', 'scjgj', null, null, null],
['http://news.lc123.net/ask/2016-10-15/49457.html', 'news.lc123.net', '2016-10-15', '', '10月13日晚,山东省枣庄市峄城区发生生一起严重交通事故,共造成11人死亡。事故发生后,肇事驾驶人被警方控制。', 'gaj', '山东省', '枣庄市', '峄城区'],
['http://www.xinghejiuye.com/shandong/sdnews/201701/t20170109_15400362.htm', '山东商报', '2017-01-09', '', '商報濟寧消息(記者周里)2016年12月29日中午1點半左右,在濟寧市嘉祥縣嘉祥村發生一起車禍。一輛白色面包車沖撞了當時正在路邊散步的7位村民,車禍造成三人死亡,另有三人受傷住院。死者中有一對祖孫,奶奶剛過五十,孫女還不滿三歲。交警確認,肇事者陳某當時屬于酒駕。', 'gaj', '山东省', '济宁市', '嘉祥县'],
]
