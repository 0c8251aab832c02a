// batch 10 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://wfwb.wfnews.com.cn/content/20140830/Articel04004EL.htm', '潍坊晚报', '2014-08-30', '坑洼人行道现在平整了', '本报讯 8月27日,本报A13版以《人行道施工留坑,啥时能填平》为题,报道了城区多个路段人行道破损,严重影响城市形象。8月29日上午,记者针对之前报道的问题,进行了回访。记者在奎文区福寿东街与新华路交叉口以东路北的人行道上看到,此路段原先有坑的两个区域现在都已经进行了维修。', 'zjj', '山东省', '潍坊市', '奎文区'],
['http://weifang.dzwww.com/wfxwn/202003/t20200319_5318166.htm', '潍坊晚报', '2020-03-19', '潍坊虞舜公园九龙阁伤痕累累 市民盼尽快维修', '3月15日,多位市民反映,城区虞舜公园内的九龙阁已是“伤痕累累”,不仅围栏遭破坏、墙上被涂鸦,而且还有人在此处随意大小便,盼相关部门尽快采取措施。', 'cgj', '山东省', '潍坊市', null],
]
