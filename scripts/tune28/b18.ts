// batch 18 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://m.yybnet.net/weifang/gaomi/202008/10736201.html', '齐鲁晚报', '2020-08-06', '潍坊暴雨,多地人员车辆被困 消防共接到54起救援警情', '8月3日至4日上午,受暴雨天气影响,山东潍坊部分地区有雷电活动,局部有短时强降水,并伴有6~7级雷雨大风。多地发生人员车辆被困的紧急情况,潍坊消防救援队伍闻“汛”而动,迅速到场救援转移被困群众。', 'yjj', '山东省', '潍坊市', null],
['http://news.297wan.com/news/web/detail?id=1947263728307113986', 'news.297wan.com', '2025-07-20', '', '2025年7月20日20时29分,潍坊市消防救援支队指挥中心接到报警,称坊子区凤凰街道凤凰街渤海路桥洞内有一辆轿车因积水被困,车内有两人无法脱困。接警后,指挥中心迅速调派崇文街消防救援站1车7人前往现场处置。', 'yjj', '山东省', '潍坊市', '坊子区'],
['https://meili.lywww.com/info_1535.html', '临沂在线', '2017-05-11', '出行请注意!临沂这三个路段封闭施工两个月', '临沂在线讯(刘晓琦) 5月11日,记者从临沂恒源热力有限公司处了解到,为了解决临沂七里沟片区热用户的采暖问题,临沂恒源热力有限公司需在以下路段进行道路挖掘并敷设热力管道:', 'zjj', '山东省', '临沂市', null],
]
