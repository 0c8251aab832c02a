// batch 15 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://epaper.qlwb.com.cn/html/2010-12/03/content_52276.htm?div=-1', '齐鲁晚报', '2010-12-03', '', '因供电设施检修,电力公司计划在下列时段,对以下线路进行停电检修,检修线路、停电区域及主要影响范围如下:', 'nyj', '山东省', '泰安市', null],
['http://ktkj.cn/artinfo/7454.html', 'ktkj.cn', '2019-08-13', '新泰市群众建议:宫里镇停电', '此次受台风影响,宫里镇大面积停电24小时以上,个别村庄已经30多个小时了,事故原因是树被刮倒压线,宫里供电所同志积极抢修确实也很辛苦,但我感觉更要吸取此次教训,树与高压线之间的距离是不是太近了,现在有的地方只有二三米的距离稍微一刮风就会蹭到高压线,遇见大风可想而知,平时巡查要是及时发现及时处理的话我感觉肯定不会造成这么大的事故,希望供电部门在辛苦抢修的同时也要一次性根除隐患,加强日常排查,及时发现及时处理,亡羊补牢为时不晚!', 'nyj', '山东省', '泰安市', '新泰市'],
['https://m.163.com/dy/article/J72U5CTM0534G77F.html', '网易号', '2024-07', '', '为进一步贯彻落实《菏泽市全民健身“十四五”实施计划》,促进全市群众体育工作提质增效,大力弘扬全民健身新风尚,7月14日,菏泽市第十四届全民健身开幕式在菏泽市曹州武校拉开帷幕。', 'tyj', '山东省', '菏泽市', null],
]
