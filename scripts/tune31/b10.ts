// batch 10 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://v.iqilu.com/shpd/shb/2018/0119/4503096.html', '齐鲁网', '2018-01-19', '淄博:着急 家里停水十多天', '淄博张店区的张先生反映,他们小区停水十多天了,已经严重影响他们的正常生活了,这到底是怎么一回事呢?咱们一块看看去。', 'slj', '山东省', '淄博市', '张店区'],
['https://www.xingfushuangcheng.com/new/e50f5c34c1874a3f9db2c1e74eadb46e', '济宁名城事', '2024-05-21', '网友建言献策:优化济宁大安机场通往兖州区方向公交车信息设置', '近日,济宁名城事小编相关渠道获悉,有网友在济宁市网络问政平台针对机场公交车信息设置问题建言献策,网友表示济宁大安机场开通以来,兖州区有关部门相继开通由机场出发,覆盖兖州东城、兖州西城、高铁济宁东站的三条区内公交。', 'jtysj', '山东省', '济宁市', '兖州区'],
['https://m.yybnet.net/jining/news/201708/6477474.html', '济宁日报', '2017-08-25', '走进城市管理一线感受城市环境新变化', '创城工作开展以来,济宁市城区城市管理工作成效显著,引起了社会各界和新闻媒体广泛关注。8月14日上午,济宁广播电视台及政风行风热线栏目组、济宁晚报、东方圣城网等媒体记者走进城市管理工作一线,采访了解城市管理六大整治提升工程、四项主题活动开展情况,感受城市管理和城市环境呈现的新变化。', 'cgj', '山东省', '济宁市', null],
]
