// batch 11 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://www.lg.gov.cn/xxgk/ztzl/lgqzfkfrzthd/mtbd/content/post_10500011.html', '龙岗融媒', null, '龙岗融媒:营造安全放心消费环境!龙岗“3·15”主题宣传很走心~', '3月15日,深圳市市场监督管理局龙岗监管局、龙岗区消费者委员会联动,携手海关、烟草等多个部门走进宝能allcity购物中心,围绕“提振消费信心”这一主题,组织开展“3·15”主题宣传活动,共同营造更加安全放心的消费环境,服务高质量发展。', 'scjgj', '广东省', null, null],
['http://www.bxjkw.net/jk/3696.html', '红星新闻', '2021-11-03', '健康成都提醒:及时关注您的健康状况 瞒报、谎报、迟报疫情将依法追究法律责任', '11月2日,“健康成都官微”微信公众号提醒:若您在近十四天内有中高风险地区及疫情发生地旅居史,尤其是与病例轨迹有交集的市民,请及时向社区、单位、旅店报备。社区将根据您的具体情况安排隔离排查和核酸检测。', 'wjw', '四川省', null, null],
['https://www.163.com/dy/article/KM82PG5105148TFP.html', '网易号', null, '权威发布 | 正月初四全国道路交通安全形势平稳', '今天是农历大年初四,高速公路交通流量较昨日出现小幅增长。全国公安交管部门分析研判假期交通流量变化和安全风险隐患,加强调度指挥,科学部署警力,强化疏导管控,广泛宣传提示,及时发现、处置各类突发交通警情事件,全力维护春节期间道路交通安全畅通。截至18时,全国道路交通安全形势平稳,高速公路、国省道主干公路以及主要景区周边道路交通总体平稳有序,未接报长时间长距离交通拥堵。', 'gaj', null, null, null],
['https://epaper.sanqin.com/html/202504/12/content_903691.html', '三秦都市报', '2025-04-12', '', '近日,有部分群众反映收到了领取“五险一金补贴”的通知。对此,人力资源和社会保障部表示,从未面向普通群众发放过所谓的“五险一金补贴”,所谓通知为不实信息且涉嫌诈骗,千万别信!', 'rsj', null, null, null],
['http://zgwsjk.com.cn/news/News_show.asp?id=3142&tid=6', '中国卫生健康网', '2025-01-20', '国家卫健委:本次冬春呼吸道传染病都由已知病原体引起,没有出现新发传染病', '据央视新闻报道,国家卫生健康委(1月17日)举行新闻发布会,介绍时令节气与健康有关情况。', 'wjw', null, null, null],
]
