// batch 10 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://www.pojd120.cc/ns19/1535639_0.html', '央视新闻客户端', null, '', '国家统计局今天(12月12日)发布关于2022年粮食产量数据的公告。根据对全国31个省(区、市)的抽样调查和农业生产经营单位的全面统计,2022年,31个省(区、市)夏粮、早稻和秋粮产量的总和达13731亿斤,比上年增加74亿斤,增长0.5%,创下新高。', 'tjj', null, null, null],
['http://shuipoliangshan.cn/Show.asp?id=606', 'shuipoliangshan.cn', null, '', '10月3日国庆假期进入第三天,自驾游客只增不减,学生研学团队发力,梁山景区客流量持续攀升。精彩纷呈的系列主题活动,浓厚的水浒文化氛围,吸引了众多的游客前来游览观光。', 'whlyj', '山东省', '济宁市', '梁山县'],
]
