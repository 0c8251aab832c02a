// batch 13 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://jiangsulong.com/a/2020/0628/062Q2430392020.html', '经济导报', '2020-06-28', '经济导报|济南通报批评17个建设工程扬尘污染治理不达标项目', '近日 , 济南市住房和城乡建设局通报了复工复产以来建设工程扬尘污染治理督查检查情况 。', 'zjj', '山东省', '济南市', null],
['http://news.e23.cn/jnyc/2017-04-30/2017043000216.html', '舜网', '2017-04-30', '啄木鸟行动:渣土散放成片 济南东高速收费站附近工地渣土裸露', '舜网讯 近日,有市民致电舜网“啄木鸟行动”热线反映,济南东高速收费站附近有渣土裸露问题。', 'cgj', '山东省', '济南市', null],
]
