// batch 10 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://www.gongjiaomi.com/thread-1232945-1-1.htm', 'gongjiaomi.com', '2019-02', '', '今日从北京地铁公司了解到,2019年春运期间(2月4日至2月10日),北京地铁共运送乘客2260万人次,日均323万人次,较2018年增长3%。', 'jtysj', '北京市', null, null],
['http://gongjiaomi.com/forum.php?goto=lastpost&mod=redirect&tid=1045682', 'gongjiaomi.com', '2014-08', '', '在这个常住人口达2114万的超级大都市,北京地铁作为人们出行的主要交通方式,向各个城区运输着这个城市生存发展所依存的血液。这些纵横交错的地铁线路总长度达467千米,超过北京到太原的直线距离。去年年客运量达32.1亿人次的北京地铁,现已成为全球最繁忙的地铁系统,而“繁忙”,主要体现在早晚高峰。', 'jtysj', '北京市', null, null],
['https://www.xindianti.com/diantizixun/648644.html', 'xindianti.com', null, '上海市青浦区加梯成果显著 200台电梯圆“一键到家”梦', '据媒体报道,上海市青浦区青淞苑小区建于上世纪90年代,多层住宅均未配备电梯,60岁以上老人占比超三成。不少老人因腿脚不便,常年减少出门,看病、购物都成难题。在前期调研中,居民加装电梯意愿强烈。', 'zjj', '上海市', null, null],
['http://shaotong.gqsoso.com/shaotong/20230208/645538.html', '人民网', '2023-02-08', '世界消息!住房和城乡建设部:2022年全国新开工改造城镇老旧小区5.25万个', '据住房和城乡建设部消息,2022年《政府工作报告》提出,再开工改造一批城镇老旧小区。经汇总各地统计上报数据,2022年全国计划新开工改造城镇老旧小区5.1万个、840万户。2022年1—12月,全国新开工改造老旧小区5.25万个、876万户。', 'zjj', null, null, null],
]
