// batch 14 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://sd.dzwww.com/sdnews/201701/t20170112_15420411.htm', '济南日报', '2017-01-12', '济南万豪国际小区电梯停产备件难寻 频繁故障吓坏居民', '“电梯已经坏了近1个月了,另一部电梯也时常发生故障。”11日上午,市民马先生向党报热线反映,万豪国际小区12号楼的电梯频繁发生故障,给楼内的居民生活带来极大不便。', 'zjj', '山东省', '济南市', null],
['http://www.cbbn.net/folder34/folder131/folder133/folder141/2025-03-28/uYEhGVHqFttq3Nc0.html', '淄博广电', '2025-03-28', '', '民以食为天,食以水为先。今年是我市实行农村供水水质提升三年专项行动的收官之年。为了让老百姓尽早喝上安全水、放心水,我市水利部门全力推进城乡供水一体化工程建设,到2025年底前,实现全市农村自来水入户率和普及率均达到100%。', 'slj', '山东省', '淄博市', null],
['https://www.163.com/dy/article/JLFRNH0G0514CFC7.html', '齐鲁网·闪电新闻', null, '东营市东营区:累计新改建“四好农村路”36公里 为乡村振兴赋能提速', '齐鲁网·闪电新闻1月9日讯 近年来,东营市东营区围绕建设“四好农村路”的目标聚力发力,将一条条农村公路铺筑到田间地头,织就四通八达的农村公路路网,为乡村振兴赋能提速。', 'jtysj', '山东省', '东营市', '东营区'],
['http://sd.ifeng.com/dongying/quxianxinwen/detail_2014_08/21/2801653_0.shtml', '东营网', '2014-08-21', '垦利旅游南线东延工程竣工通车', '东营网讯 8月20日,垦利县旅游南线东延工程竣工通车。', 'jtysj', '山东省', '东营市', '垦利区'],
['http://dali8.net/thread-44977-1-1.html', '济南时报', null, '', '时报10月23日讯(记者孙华)“我们市场内的业户商铺密度很大,经常有人把货物堆放在走道里,还经常有人抽烟……”连日来,位于山大路中段的济南科技市场内,有商户向本报反映,市场内的消防状况让他感到担忧。', 'yjj', '山东省', '济南市', null],
]
