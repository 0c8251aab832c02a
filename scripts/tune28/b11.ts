// batch 11 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://p2.ttnews.xyz/a/5cb6b517dc9b5e75aaacfb31?lang=zh-hant', 'ttnews.xyz', null, '濟寧通報9起環境違法案件!涉及兗州、嘉祥、汶上、梁山、太白湖新區', '為遏制近期濟寧市PM10反彈嚴重、揚塵汙染防治工作不到位的現狀,濟寧市特成立5個專項督導組,從4月8日至5月8日,開展揚塵專項執法檢查行動,現對近期執法檢查中發現的問題予以曝光。', 'sthjj', '山东省', '济宁市', null],
['http://piaojia.cn/jingdian/article_216005.html', 'piaojia.cn', '2007-08-06', '[游记]孔子故里:浓墨重彩迎“五一”(4.30)', '4月30日,黄金周前一天。在曲阜,黄金周的氛围早已非常浓厚。孔庙、孔府景区周围的树木上,上千只红灯笼将景区打扮得充满节日喜庆气氛,远远望去,犹如一片红霞笼罩在景区里,孔府门前,四只巨大的大红宫灯衬托出“天下第一家”的气派与威严。这些红灯笼是曲阜旅游部门给“五一”黄金周献上的一份厚礼,赶在“五一”前夕连夜悬挂起来,给广大游客带来强烈的惊喜和愉快的心情,进入景区的游客无不满脸笑容。', 'whlyj', '山东省', '济宁市', '曲阜市'],
]
