// batch 16 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://hot.dzwww.com/w_zLWo?ipage=1', '滨州日报', '2025-06-14', '省委政法委派驻无棣县水湾镇第一书记 协调开展“党建引领聚合力,健康义诊惠乡亲”义诊活动', '为深入贯彻落实乡村振兴战略,着力解决基层群众看病就医难题,6月13日,在省委政法委派驻水湾镇第一书记孔令健的积极协调推动以及水湾镇党委政府的大力支持下,山东大学第二医院(国家级大型综合性三甲医院)组织专业医疗团队,奔赴无棣县水湾镇崔家桥村开展“铭记历史·守护健康”党团共建健康义诊活动。', 'wjw', '山东省', '滨州市', '无棣县'],
['https://www.zhonghongwang.com/show-291-452771-1.html', '中宏网', '2026-02-09', '山东日照:将“无忧消费”从线下延伸至线上', '中宏网讯 2月5日,山东省政府新闻办举行新闻发布会。', 'scjgj', '山东省', '日照市', null],
['http://epaper.bzrb.net/bzrb/20181106/html/page_02_content_007.htm', '滨州日报', '2018-11-06', '清河镇开展大气污染源集中排查整治', '滨州日报/滨州网惠民讯(通讯员王龙顾丽琪报道)近日,惠民县清河镇环保站、畜牧兽医站、派出所等部门开展联合执法,在全镇范围内开展大气污染源集中排查整治行动。重点排查全域内企业、畜禽养殖点,对污染源无缝隙地毯式排查,坚决打赢大气污染防治攻坚战。', 'sthjj', '山东省', '滨州市', '惠民县'],
]
