// batch 22 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://m.yybnet.net/jining/news/201707/6309736.html', '济南日报', '2017-07-12', '困扰小区多年的“老大难”不见了 老旧车棚、僵尸车被清理', '本报记者武旭7月10日下午,记者跟随济宁市创城办媒体回访组奔赴兖州区,对前期存在问题的多个小区进行了实地回访。记者发现,多个小区均已对之前的问题进行了整改,小区环境有了较大改观,特别是一些困扰小区多年的“老大难”问题得到了解决。', '', '山东省', '济宁市', '兖州区'],
['https://www.yybnet.net/jinan/jiyang/201705/6135861.html', '济宁晚报', '2017-05-24', '老社区新变化', '创城,不仅使我们的城市变化日新月异,人们的认识也发生了根本改变,从最初简单认为创城就是打扫卫生,到今天体会到创城是实实在在的惠民工程。济阳街道南门社区是济宁老旧社区的典型代表,记者随机采访了几位居民,生活在这里的百姓都对创城有话说。', '', '山东省', '济宁市', '任城区'],
]
