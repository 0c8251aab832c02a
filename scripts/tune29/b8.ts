// batch 8 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://cngoesglobal.com/list_21/2310.html', 'cngoesglobal.com', null, '', '新春将至,山东省菏泽市巨野县年味里带着浓厚的文化气息,当地专门开设了书画大集,涵盖书法、工笔画的交流创作和文玩展示,群众和游客不仅可以体验现场作画,还能领取书法家和画家现场创作的春联和福字,领略巨野特有的文化魅力。', 'whlyj', '山东省', '菏泽市', '巨野县'],
['http://wanbao.igdzc.com/keji/2023/0501/11473.html', '人人晚报网', '2023-05-01', '', '据聊城高新区官微发布的情况通报,2023年5月1日上午,中化集团鲁西化工双氧水生产区发生爆炸火灾事故。目前,现场明火已全部扑灭,事故造成5人死亡、1人受伤(正在积极救治),另有1名失联人员正在全力搜救,事故具体原因正在调查中。', 'yjj', '山东省', '聊城市', null],
]
