// batch 15 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://m.cwan.com/yaowen/2023/0116/62427.html', '新华社', '2023-01-16', '', '新华社北京1月16日电(记者刘诗平)水利部部长李国英16日在2023年全国水利工作会议上表示,今年全国农村自来水普及率将提升至88%,规模化供水工程覆盖农村人口比例将达到57%。', 'slj', null, null, null],
['https://m.xinnengyuan100.com/article/21533.html', 'm.xinnengyuan100.com', '2016-07-14', '', '北京7月14日讯 环境保护部今日通报了2016年上半年污染源自动监控设施及数据弄虚作假案例,并要求各地持续保持对污染源自动监控设施及数据弄虚作假违法行为严厉打击的高压态势。', 'sthjj', null, null, null],
['http://www.cneb.gov.cn/2015/10/20/ARTI1445308523771701.shtml', '国家应急广播网', '2015-10-20', '辽宁秋季秸秆焚烧污染防控形势较为严峻', '应急网辽宁10月20日消息(记者 徐志强)环境保护部通报,秋季秸秆焚烧污染防控形势较为严峻。其中,辽宁成为秸秆焚烧火点强度即平均每千公顷耕地面积火点数排名全国第一。10月18日,沈阳市公安局召开会议专门就焚烧秸秆工作进行布置。', 'sthjj', '辽宁省', null, null],
['http://ln.people.com.cn/n2/2020/0930/c378330-34328771.html', '沈阳日报', '2020-09-30', '沈阳将实施秸秆禁烧', '记者9月29日从市蓝天行动领导小组办公室了解到,10月1日起至2021年4月30日,沈阳将在全域范围内实施秸秆禁烧,防控因秸秆露天焚烧造成的大气环境污染问题。', 'sthjj', '辽宁省', null, null],
]
