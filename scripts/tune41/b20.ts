// batch 20 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://lanling.gov.cn/info/1036/1262472.htm', '兰陵县人民政府', null, '', '兰陵融媒讯 7月26日,全县矿产资源领域环保督察现场推进会召开,县委常委、副县长张其伟,县政协副主席李勇参加。', 'sthjj', '山东省', '临沂市', '兰陵县'],
['http://fzdh.chinadevelopment.com.cn/jgdkjgfw/2019/0508/1507801.shtml', '中国发展网', null, '山东平邑价格认证中心对非法采矿行为集中整治', '中国发展网(沙金玲、孙特) 根据据山东省平邑县《关于严厉打击非法采砂洗砂、采石碎石的公告》要求,平邑县价格认定中心对全县内涉嫌非法采砂洗砂、采石碎石的行为进行集中整治。', 'fgw', '山东省', '临沂市', '平邑县'],
['https://100zi.50zi.cn/zw/1/705/j8dZW9O0J4.html', '济宁交通', null, '济宁:“四好农村路”铺就乡村振兴幸福路', '近年来,济宁市交通运输局将“四好农村路”建设与乡村振兴紧密结合,紧紧围绕“建好、管好、护好、运营好”的总目标,深入开展“四好农村路”提质增效专项行动,大力实施路网提升工程、道路通达工程、通行安全保障工程、融合发展样板工程等“四大工程”。', 'jtysj', '山东省', '济宁市', null],
['http://fapeng.com/Admin/knews.aspx?zsa=5.html', '中新网', null, '', '中新网 7月22日电(时培京) 暑期正盛,京杭大运河畔的山东枣庄市台儿庄古城“热辣滚烫”,人流再次飙升。文化研学、水上体验、品茶听曲、逛古城、品美食、赏夜景、丰富多彩的活动,使游客酣畅淋漓,置身其中流连忘返。', 'whlyj', '山东省', '枣庄市', '台儿庄区'],
]
