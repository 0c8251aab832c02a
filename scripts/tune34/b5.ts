// batch 5 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://m.yzctcx.com/xw/8305.html', '济宁新闻网', null, '', '济宁新闻网5月21日讯 今天上午10时起,济宁市部分微信朋友圈内疯传一条信息,称“明天上午九点济宁的新世纪广场、文化广场集会呼吁高考公平,公安出动警力引导游行!有群的都转一下,为了孩子全民支持!”', 'gaj', '山东省', '济宁市', null],
['http://www.senqingzn.com/dy/article/K4OD250R0530WJIN.html?f=post2020_dy_recommends', '齐鲁晚报·齐鲁壹点', null, '', '連日來,牡丹區交警大隊結合轄區道路實際情況,采取“勸導+宣傳”工作模式,對騎乘電動自行車車、摩托車不按規定佩戴安全頭盔行為進行勸導。同時向非機動車駕駛員們講解戴頭盔的重要性,督促交通參與者自覺養成遵守交通法規、文明出行、自覺佩戴頭盔的良好習慣。', 'gaj', '山东省', '菏泽市', '牡丹区'],
]
