// batch 4 — labelled by guideline v1 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://www.xam.gov.cn/eportal/ui?msgDataId=441adb1748e4456d9ddb6f4b7965a7d4&pageId=301886', '兴安盟行政公署', '2025-12-02', '', '尊敬的盟长: 您好! 我们是突泉县泉城南苑小区的低区住户的居民,怀着焦急的心情向您反映小区冬季供暖长期不达标、冷热不均的突出问题,恳请您在百忙之中予以关注协调。', 'zjj', '内蒙古自治区', null, null],
['https://www.shenyang.gov.cn/zmhd/szxx/xjhff/ts/202201/t20220128_2704425.html', '沈阳市人民政府', '2022-01-28', '', '我家住和平区云集街11号,属宏盛基供暖公司供暖。多年来该公司供暖极差,本小区属老旧小区,留守老人居多,因供暖不达标长期投诉无果。', 'zjj', '辽宁省', null, null],
['http://jiangxifoods.com/news/inspection/73486.html', 'jiangxifoods.com', '2021-07-16', '', '根据《中华人民共和国食品安全法》《中华人民共和国政府信息公开条例》等规定,现将绵阳市市场监督管理局开展的食品安全监督抽检相关信息公布如下:', 'scjgj', '四川省', null, null],
['https://shijieshipin.com/news/show-215078.html', 'shijieshipin.com', null, '', '2024年,四川市场监管部门聚焦民生领域突出问题,深入开展“铁拳”“春雷”行动,着力查办与人民群众切身利益息息相关的违法案件。近日,省市场监管局公布部分典型案例。', 'scjgj', '四川省', null, null],
['https://bbs.bztdxxl.com/archiver/tid-805785.html', '人民日报', '2016-10-10', '沾化冬枣喜丰收', '“今年绿化种植15亩冬枣,有望收入三四十万元。”山东滨州沾化区下洼镇于家村枣农姜玉祥一家洋溢着收获的喜悦。', 'nyncj', '山东省', '滨州市', '沾化区'],
]
