// batch 23 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://site.scnj.tv/bencandy.php?fid=208&id=1943890', '四川观察', '2021-09-20', '四川终止省级地震二级应急响应', '2021年9月16日4时33分,四川省泸州市泸县发生6.0级地震。地震发生后,经四川省政府同意,四川省抗震救灾指挥部立即启动省级地震二级应急响应,成立四川省“9·16”抗震救灾现场联合指挥部,迅速开展抗震救灾工作。', 'yjj', '四川省', null, null],
['https://www.jnnc.com/p/881943.html', '文旅之声', null, '文化和旅游部春节假期出游提示', '2024年春节假期即将来临,文化和旅游部提醒广大游客:', 'whlyj', null, null, null],
['https://m.163.com/dy/article/K6JLT3QH0530QLUU.html', '潮安区融媒体中心', null, '', '广东省气象局、广东省疾病预防控制局8月9日联合发布广东蚊子活跃度气象指数:预计未来一周(8月9日—8月16日),广东绝大多数地区蚊子活跃,其中珠三角、粤东、粤西人口密集区蚊子非常活跃;粤北部分地区蚊子较为活跃。', 'wjw', '广东省', null, null],
['http://www.qlhenr.com/2022/0514/736408.shtml', '中华泰山网', '2022-05-14', '泰安市新型冠狀病毒肺炎疫情情況通報', '2022年5月14日0-12時,泰安市寧陽縣新增2例新冠病毒無癥狀感染者,均為昨日省外重點地區輸入確診病例的同乘人員,在集中隔離醫學觀察人員“應檢盡檢”中發現。', 'wjw', '山东省', '泰安市', '宁阳县'],
]
