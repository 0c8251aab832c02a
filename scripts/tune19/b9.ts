// batch 9 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://www.dezhoudaily.com/dzyw/p/1540597.html', '德州新闻网', null, '2021年度老旧小区改造 德州被确定为山东省试点城市', '2月24日,记者从有关部门获悉,山东省9个城市被确定为2021年度老旧小区改造试点城市,德州名列其中。', 'zjj', '山东省', '德州市', null],
['http://www.yejinzg.com/show/43_489438_1.html', '菏泽日报', null, '菏泽:加快农村公路建设 促进建设美丽乡村', '为加强农村公路扶贫和“美丽乡村”建设,菏泽市计划从今年起用三年时间新改建村级公路1.14万公里、改造危桥856座,实现自然村通公路全覆盖。', 'jtysj', '山东省', '菏泽市', null],
['https://hb.dzwww.com/p/65852.html', '大众网', null, '第二批村级公路网化示范县主体工程完工', '大众网菏泽11月28日讯(记者 李亚)今日,大众网记者从菏泽市交通运输局了解到,菏泽市第二批“全省村级公路网化示范县工程”主体工程全面完工,完成投资9.44 亿元,建设村级公路1830.9公里,牡丹区、定陶、曹县、东明四个县区的69个乡镇办事处、1091个行政村的200多万人因此而受益。', 'jtysj', '山东省', '菏泽市', null],
['https://www.yybnet.net/binzhou/news/201607/2758863.html', 'yybnet.net', null, '', '自7月11日以来,滨州电网供电负荷连续6次创历史新高。 7月25日,滨州市的最高气温达到了37℃,最高负荷达到310.7万千瓦,再一次刷新了历史最高纪录。为确保高温、大负荷期间居民生活安全可靠供电,滨州供电公司全力以赴抗高温、保供电,不断优化电网运行方式,加强对变电站、输配电线路的特殊巡视,全力保障市民制冷降温用电。', 'nyj', '山东省', '滨州市', null],
]
