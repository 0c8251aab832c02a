// batch 17 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://www.360elib.com:2027/detail.aspx?NewsCode=NC919&NewsId=74194662&OrgId=001', '潍坊晚报', null, '', '12月3日,来自潍坊理工学院求是书院的15名志愿者来到寒亭区蝶园社区商业街清扫路面的落叶,受到附近商户的赞扬。为进一步凝聚志愿服务力量,弘扬志愿服务精神,寒亭区寒亭街道积极发动社会各界志愿服务力量,用切实行动诠释志愿之美。', '', '山东省', '潍坊市', '寒亭区'],
['https://m.guanhai.com.cn/p/345715.html', '观海新闻', null, '', '青岛日报社/观海新闻10月11日讯 心系桑榆,情暖重阳。又是一年重阳节,为弘扬尊老、爱老、敬老、助老的中华优秀传统美德,倡树新时代美德健康生活方式,进一步弘扬、传承“奉献、友爱、互助、进步”的志愿服务精神,10月10日上午,一场志愿服务大集在城阳区惜福镇街道盛苑社区举行,将真情服务送到了社区居民家门口。', '', '山东省', '青岛市', '城阳区'],
['http://h5.wfwb.wfnews.com.cn/content/20241014/Articel07002MN.htm', '潍坊晚报', '2024-10-14', '全市重阳节期间服务老年人超10万人次', '本报讯(潍坊日报社全媒体记者 李国栋)金秋重阳节,浓浓敬老情。重阳节期间,我市各类志愿服务组织开展了形式多样的“九九重阳节”志愿服务活动,深入弘扬中华民族优良传统,在全社会营造浓厚的敬老助老爱老氛围。', '', '山东省', '潍坊市', null],
]
