// batch 13 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://www.xuehua.us/a/5eb74f6a86ec4d2aadf83214?lang=zh-tw', '濟寧新聞網', null, '小區路燈不亮已解決 居民再也不用“摸黑”走夜路了', '濟寧新聞網訊(記者 王瑞秋)現在小區的環境是越來越好,而作爲配套設施的路燈關係着居民的日常生活,如果亮度不夠或者壞了沒能得到及時維修,既不方便,也不安全。', 'zjj', '山东省', '济宁市', null],
['http://ningxinjt.com/news/hydt/524.html', 'ningxinjt.com', '2015-08-11', '济宁金乡依法关停近200家涉氨企业', '济宁市金乡县,是闻名国内外的的大蒜产地。而金乡的大蒜产业又催生了很多的涉氨冷库企业。作为安全监管领域的重点行业之一, 如何确保为数众多的冷库生产安全,是金乡安监部门安全监管的头等大事。', 'yjj', '山东省', '济宁市', '金乡县'],
['http://www.632news.com/zznews/content/2023-03/28/content_54220.html', '枣庄新闻网', '2023-03-28', '优化公交线路 方便市民出行', '枣庄新闻网讯 为方便市民出行,助力全国文明城市创建工作,市公交集团公司积极优化公交线网覆盖面,将10路、15路、21路公交线路优化调整,向市中区北部延伸。3月26日上午,10路、15路、21路公交线路颐源山庄站开通。', 'jtysj', '山东省', '枣庄市', '市中区'],
['http://www.futurebike.cn/news/show-16495.html', 'futurebike.cn', null, '', '9月1日,記者從棗莊交運集團獲悉,該部門將于9月4日開通117路棗莊學院新城校區公交專線,同時,優化延伸109路公交線至棗莊學院新城校區。乘客可通過掌上公交APP進行具體班次查詢,也可通過公交客服熱線3329111進行咨詢。', 'jtysj', '山东省', '枣庄市', null],
['https://wxredian.com/art?id=2345a4147ca3385e96f415187bc0d54c', '安徽省教育厅', null, '', '2月4日,有网友向安徽省教育厅举报滁州市定远中学提前初八开学,工作人员回应,“提前开学你不去就完了,这有什么好举报的?他违反规定你就不遵守规定就行了。” 教育厅回应称正在调查。', 'jyj', '安徽省', null, null],
]
