// batch 8 — labelled by guideline v1 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://sdfzcm.com/a/jiaotong/20230205/93977.html', '山东法制传媒网', '2023-02-05', '山东淄博张店交警组织开展开学前校车安全检查', '山东法制传媒网:2月4日,山东省淄博市张店交警一中队组织开展开学前校车安全检查。', 'gaj', '山东省', '淄博市', '张店区'],
['http://jtt.hunan.gov.cn/jtt/xxgk/gzdt/szdt1/201501/t20150128_3744149.html', '湖南省交通运输厅', '2015-01-28', '', '寒假即将来临,为保障学生上下学交通安全,维护校园周边道路运输经营秩序,县安监、交通、运管、教育、公安等部门组成联合检查组,从1月15日开始,分片包干深入到50多所学校(幼儿园),对校车及接送学生车辆开展安全隐患检查整治。', 'jtysj', '湖南省', null, null],
['https://www.chinanews.com.cn/tp/2020/07-08/9233083.shtml', '中国新闻网', '2020-07-08', '暴雨袭击江西南昌致人员被困 消防紧急救援', '7月7日晚,有6人因泥石流被困于紫清山乌井路,南昌市西湖区八一消防救援站指战员火速前往救援。', 'yjj', '江西省', null, null],
]
