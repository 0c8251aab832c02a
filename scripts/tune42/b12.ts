// batch 12 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://www.fjsyxww.com/2020-05/06/content_989258.htm', '人民网', '2020-05-06', '五一假期全国未发生重大生产安全事故和自然灾害', '人民网北京5月5日电 (朱紫阳)应急管理部今天表示,截至5月5日18时,“五一”假期全国安全形势总体平稳,未发生重大生产安全事故和自然灾害。与近5年同期均值相比,因灾死亡失踪人数和直接经济损失分别减少83%和69%。', 'yjj', null, null, null],
['http://www.weihai7.com/news/newswh81854.html', '威海信息港', '2019-08-22', '威海市计划对建成区内各类绿地增设绿线公示牌100余块', '威海信息港编辑中心获悉昨日,记者从市住房城乡建设局了解到,2019年,威海市结合精致城市建设及国家生态园林城市创建工作,大力推进建绿增绿、提升绿化工程品质,将重点实施小游园、绿道、山体公园建设等三大类共43项园林绿化项目。为强化绿地管理,巩固绿化建设成果,我市计划对建成区内各类绿地增设绿线公示牌100余块及界碑近400个。', 'zjj', '山东省', '威海市', null],
]
