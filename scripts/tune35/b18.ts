// batch 18 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://www.xsnet.cn/content/2021-09/12/content_214652.html', '浙江新闻客户端', '2021-09-12', '舟山:高速客轮航班全部停航 普陀景区游客只出不进', '根据舟山市气象台消息,今年第14号台风“灿都”(超强台风级)最大可能在13至14日登陆或穿过舟山群岛北上,也有可能紧擦舟山沿海北上。11日晚上9时,舟山已将防台风应急响应提升为II级。受其影响,12日上午起,岛城航班陆续停航。', 'yjj', '浙江省', null, null],
['https://pic.hubeidaily.net/post.jsp?id=2753242', '视界网', '2023-03-09', '宜昌:三峡游轮“向春天出发”', '2023年3月7日,宜昌游轮载客行驶在宜昌市夷陵区三斗坪镇三峡人家风景区水域。连日来,随着长江三峡旅游市场回暖,湖北宜昌游轮载客“向春天出发”,来自全国各地游客在宜昌游览长江“两坝一峡”山水风景的势头复苏明显。', 'whlyj', '湖北省', null, null],
['https://m.163.com/dy/article/EFGD9RR705450QZ2.html', '网易号', '2019-05', '', '生态环境部日前公布2019年4月份和1-4月份,全国168个重点城市空气质量排名名单,其中,4月份,空气质量排名前20位榜单中,山东没有城市上榜,而排名后20位的城市中,山东有济南、淄博、济宁、临沂、泰安、聊城6个市上榜。', 'sthjj', '山东省', null, null],
['http://www.ce.cn/cysc/stwm/wrfz/202101/15/t20210115_36227826.shtml', '经济日报-中国经济网', '2021-01-15', '2020年1-12月 安阳、石家庄、太原空气质量相对较差 位列倒数前三', '经济日报-中国经济网北京1月15日讯 今日,生态环境部通报了2020年12月和1-12月全国地表水、环境空气质量状况。', 'sthjj', null, null, null],
['http://www.app.dawuhanapp.com/p/67545.html', '长江日报', null, '武汉轮渡汽渡停航', '长江日报融媒体12月30日讯 30日,受雪雾影响,江面能见度差,汽渡滨江苑至铁机航线停航。', 'jtysj', '湖北省', null, null],
]
