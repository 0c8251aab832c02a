// batch 8 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://news.cntv.cn/2015/03/05/ARTI1425555872917824.shtml', '央视网', '2015-03-05', '', '央视网消息(记者庞帅 沈玮 孔华)3月5日上午,交通运输部部长杨传堂在人民大会堂就媒体关注的打车软件及专车管理问题做出回应。杨传堂表示,应承认打车软件与专车为百姓出行带来的便利,而对出租车行业进一步规范管理的指导意见正在研究制定中。', 'jtysj', null, null, null],
['https://www.chinanews.com.cn/gn/2016/03-14/7796147.shtml', '中国新闻网', '2016-03-14', '杨传堂:正会同有关部门修改完善出租车改革文件', '十二届全国人大四次会议新闻中心今日上午在梅地亚中心多功能厅举行记者会,交通运输部部长杨传堂、交通运输部运输服务司司长刘小明、北京交通发展研究中心主任郭继孚就“深化出租汽车改革与发展”的相关问题回答中外记者的提问。', 'jtysj', null, null, null],
['http://district.ce.cn/newarea/roll/201502/03/t20150203_4495666.shtml', '中国经济网', '2015-02-03', '', '环境保护部近日发布2014年京津冀、长三角、珠三角区域和直辖市、省会城市及计划单列市共74个城市空气质量状况。', 'sthjj', null, null, null],
['http://news.sohu.com/20140716/n402314772.shtml', '人民网', '2014-07-16', '环保部发布74城市空气质量 京津冀有所改善', '人民网北京7月16日电据环境保护部网站消息,近日,环境保护部有关负责人向媒体发布了2014年6月份京津冀、长三角、珠三角区域及直辖市、省会城市和计划单列市等74个城市空气质量状况。其中,京津冀区域空气质量有所改善,长三角区域、珠三角区域空气质量有所下降。', 'sthjj', null, null, null],
]
