// batch 4 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://ht.luaninfo.com/laxw/gcwx/content_95477', '皖西日报', null, '芜湖交警到六安异地查酒驾', '5月25日晚,六安市公安局交警一大队联合芜湖市交警支队开展酒驾异地互查行动。', 'gaj', '安徽省', null, null],
['https://www.yybnet.net/bozhou/woyang/201202/372554.html', 'yybnet.net', null, '', '涡阳讯 为保证春节期间全县道路交通安全,维护道路交通秩序,涡阳县公安局交管大队节日期间狠抓春运道路交通管理工作,1月22日至28日,共出动警力近896人次,出动警车127辆次,检查车辆2051台次,共查处交通违法行为623起。', 'gaj', '安徽省', null, null],
]
