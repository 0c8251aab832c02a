// batch 7 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://www.ddcpc.cn/news/202005/t20200522_973922.shtml', '贵州日报当代融媒体', '2020-05-22', '注意!5月26日贵阳这些区域要停水8小时', '记者从贵阳北控水务有限责任公司获悉,为确保夏季正常供水,该公司将对金华水厂进行预防性试验。经批准,计划于5月26日(星期二)下午15:00至晚上23:00,对以下区域暂停供水。', 'slj', '贵州省', null, null],
['https://m.shzx.org/a/22-842-0.html', 'm.shzx.org', null, '', '贵阳水务集团昨日发布停水公告称,为确保正常供水,将对西郊水厂设备实施年度检修,明日9:00至晚上24:00,贵阳北部城区头桥至二桥、北京路等40多个路段区域将停水15小时,请居民提前做好蓄水准备。', 'slj', '贵州省', null, null],
['http://qo.76h4.cn/fccommon/Home/detail?site_id=75&detail_type=1&cid=15302', '天眼新聞', null, '', '記者從貴陽水務集團獲悉,為配合貴陽市軌道3號線建設,需對供水主幹管進行遷改,經批准,計劃於3月19日(星期五)早上9:00至晚上24:00對有關區域暫停供水服務。', 'slj', '贵州省', null, null],
['http://gz007.net/service/0851563.html', 'gz007.net', null, '', '17日下午,贵阳市供水总公司向媒体发布停水公告,为配合贵阳市城市轨道交通建设,需对供水干管进行迁改施工,本周四早上9:00至晚上9:00,贵阳13个区域将停水。', 'slj', '贵州省', null, null],
]
