// batch 18 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://fensifuwu.com/economics/2466710.html', 'fensifuwu.com', null, '山东邹平:“三秋”农事忙', '据山东邹平市农业农村局调度显示,截至10月25日17时,邹平市玉米应收获面积81.49万亩,已收获面积81.49万亩,收获比100%;大豆玉米带状复合种植应收获面积3万亩,已收获面积2.83万亩,收获比94.41%。小麦预计播种面积84.5万亩,已播种面积65.15万亩,播种比77.09%。', 'nyncj', '山东省', '滨州市', '邹平市'],
['http://paper.bzrb.net/bzrb/20180824/html/index_content_006.htm', '滨州日报', '2018-08-24', '山东省环境保护督察组第九组向我市转办群众信访举报件情况', '8月22日,山东省环境保护督察组第九组共受理群众信访举报13件,其中,滨城区6件、经济技术开发区3件、邹平县2件、博兴县2件。按照污染类型分类:大气污染8件、水污染3件、固废污染1件、其他1件。', 'sthjj', '山东省', '滨州市', null],
]
