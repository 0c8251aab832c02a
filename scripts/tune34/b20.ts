// batch 20 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://sd.news.163.com/22/0722/13/HCSP2VKT04379D5J.html', '网易山东', '2022-07-22', '大雨到暴雨!济南市防汛抗旱指挥部办公室发布强降雨防范工作通知', '7月22日,记者从济南市防汛抗旱指挥部办公室发布关于强降雨防范工作的通知,市气象局7月22日8时30分发布重要天气报告,受低涡切变线影响,22日夜间济南市有大雨到暴雨,全市过程平均降雨量30-70毫米,强降雨主要集中在平阴、长清、莱芜、钢城、南部山区及章丘南部,上述地区局部超过100毫米。', 'yjj', '山东省', '济南市', null],
['http://jining.dzwww.com/news/jnxw/202110/t20211001_9243054.htm', '大众网', '2021-10-01', '山东省启动防汛Ⅳ级应急响应 济宁人请注意防范', '受上游持续来水影响,山东黄河发生接近警戒水位洪水,根据《山东省防汛抗旱应急预案》,山东省防汛抗旱指挥部决定10月1日9时启动防汛Ⅳ级应急响应。', 'yjj', '山东省', null, null],
['http://m.cyyq.cngulu.com/zixun/2023/0403/2020.html', '四川新闻网', null, '', '4月1日,成都市疾控中心发布4月健康提示,提醒大家重点关注流感、手足口等传染病,此外鹦鹉热、狂犬病等在特定人群也偶有发生,且对感染者健康危害较大,需引起高度关注。', 'wjw', '四川省', null, null],
]
