// batch 17 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://yybnet.net/linyi/news/201805/7423454.html', '沂蒙晚报', '2018-05-22', '罗庄区湖西崖农贸市场: 蔬菜水果随意“扔”在过道中', '本报5月21日讯 (记者张庆举) 5月21日,记者根据市民反映,来到罗庄区湖北路与湖西路交会附近的湖西崖农贸市场实地采访该市场的卫生情况以及部分店外经营情况。', 'scjgj', '山东省', '临沂市', '罗庄区'],
['https://yybnet.net/jinan/news/201110/2497724.html', '济南时报', '2011-10', '', '时报10月30日讯 (见习记者赵云龙 记者殷玉国)同住一个小区,爱狗人和怕狗人的矛盾咋调和?狗狗的排泄物和叫声扰民问题如何解决?10月30日,由济南市文明办、济南市公安局、济南时报联合开展的“文明养犬进社区”活动走进泉景映翠园小区,为小区居民上了一堂科学文明养犬课。此外,该小区专门设置了遛狗区,还有了文明养犬监督员。', 'gaj', '山东省', '济南市', null],
]
