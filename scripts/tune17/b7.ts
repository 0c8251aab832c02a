// batch 7 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://www.slrbs.com/news/guonei/2025-11-05/1793868.html', '新华网', '2025-11-05', '我国部署开展2025年治理欠薪冬季行动', '新华社北京11月5日电(记者张晓洁)记者11月5日获悉,国务院就业促进和劳动保护工作领导小组办公室近日印发通知,自2025年11月1日至2026年春节前,在全国开展治理欠薪冬季行动,突出重点行业领域,抓好隐患排查、矛盾化解、应急处置和标本兼治,全面纠治欠薪行为,切实保障农民工合法权益。', 'rsj', null, null, null],
['https://beivbo.com/credit/news/MS4wLi8', 'beivbo.com', null, '人社部:扎实推进欠薪集中整治专项行动', '日前,人社部召开深入推进根治欠薪工作电视电话会议,部署春节和“两会”前后根治欠薪重点任务。', 'rsj', null, null, null],
['https://ourjiangsu.com/a/20200801/1596250897344.shtml', '无锡博报', '2020-08-01', '', '从8月1日开始,无锡市行政区域内(含江阴、宜兴)驾乘电动自行车不按规定佩戴安全头盔的,交管部门将按照《江苏省电动自行车管理条例》第四十一条之规定, 电动自行车驾乘人员未按照规定佩戴安全头盔的,由公安机关交通管理部门处警告或者20元以上50元以下罚款。', 'gaj', '江苏省', null, null],
]
