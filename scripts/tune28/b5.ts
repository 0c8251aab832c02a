// batch 5 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://c.m.163.com/news/a/KKFE3UR20534DS2G.html', '网易新闻', null, '', '1月26日,枣庄市滕州市2026年老旧小区改造工程正式启动,计划对城区10个老旧小区进行改造提升,涉及居民楼120栋、居民4000余户。预计总投资约1.5亿元,计划年底前完成改造任务。', 'zjj', '山东省', '枣庄市', '滕州市'],
['http://ingsd.com/news/jiceng/2018-05-08/24380.html', '枣庄日报', '2018-05-08', '', '据枣庄日报市中报道 近日,笔者来到正在进行改造的立新东里建筑公司宿舍,看到工人们正在紧张有序清理楼前下水道。', 'zjj', '山东省', '枣庄市', '市中区'],
['http://sdzzwm.com/mobile/news/show-12925.html', '枣庄日报全媒体', null, '高新区积极推进老旧小区改造', '近日,记者在高新区兴仁中学宿舍看到,施工人员正在对供暖管道表面进行打磨,焊接管道支架,为后期改造供暖做准备工作。', 'zjj', '山东省', '枣庄市', null],
['http://www.11hunli.com/sh/news/2007/06-12/955645.shtml', '中新社', '2007-06-12', '', '中新社武漢六月十二日電 記者今日從湖北省安監局證實,湖北宜化股份有限公司十一日晚發生煤氣爆炸事故。事故造成廠房周邊建筑物玻璃被震碎,目前已有三十余人不同程度受玻璃劃傷及燒傷,幸無人員死亡。', 'yjj', '湖北省', null, null],
['https://anquan.party/thread-16729-1-1.html', '楚天金报', null, '', '楚天金报讯 金报讯 特约记者汉江雪报道:前日下午6时左右,襄阳市襄城区余家湖一小化工企业发生爆炸事故,所幸该事故现场没发现人员伤亡。', 'yjj', '湖北省', null, null],
['http://www.hxnews.com/news/gn/shxw/201605/31/876467.shtml', '海峡网', '2016-05-31', '湖北宜昌一化工厂火灾浓烟似“蘑菇云” 伤亡情况未知', '31日,记者从湖北宜昌市政府办和宜昌市公安消防支队了解到,31日下午,位于宜昌市猇亭区的中兴化工厂发生事故,伤亡情况未知。', 'yjj', '湖北省', null, null],
]
