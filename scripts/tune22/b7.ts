// batch 7 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://old.cn3x.com.cn/content/show?catid=330864&newsid=664885', '湖北日报', '2021-04-01', '退捕渔民巡护长江', '3月31日,宜昌市西陵区后坪村护鱼队正在长江宜昌西陵段及黄柏河西陵段禁捕水域巡查。自2018年1月1日起对长江湖北宜昌中华鲟自然保护区西陵段实施永久禁捕,西陵区上岸渔船68艘,退捕渔民136人。该区构建三级监管网络,加强长江西陵段禁捕水域巡查监管,由退捕渔民组成的护鱼队每周两巡,努力守护好一江碧水。', 'nyncj', '湖北省', null, null],
['http://www.scpublic.cn/news/wx/detail?newsid=509683', 'scpublic.cn', null, '', '8月7日至8月8日,四川省东部和南部地区出现大雨或暴雨,部分地区大暴雨,南充市营山县局地特大暴雨。截至8日,成都、内江、达州、南充、遂宁、泸州、巴中、宜宾8市共8个县(市、区)、21个乡(镇)提前转移避险2031户、7757人。', 'yjj', '四川省', null, null],
['http://sc.china.com.cn/2025-07/10/content_43169678.html', '中国网', '2025-07-10', '暴雨来袭!宜宾市多维度发力筑牢防汛防线', '面对持续暴雨天气,宜宾市各地闻“汛”而动,迅速部署防汛工作,通过隐患排查、群众转移、监测预警等多项举措,全力筑牢防汛安全线,守护群众生命财产安全。', 'yjj', '四川省', null, null],
['https://www.newjobs.com.cn/detail/1651417261372706817', 'newjobs.com.cn', '2023-04-24', '就业形势总体稳定 人社工作开局良好 ——人社部举行2023年一季度新闻发布会', '本报讯(记者 杨勤)4月24日,人社部举行2023年一季度新闻发布会。人社部新闻发言人卢爱红主持发布会,专业技术人员管理司司长李金生、就业促进司副司长陈勇嘉、人力资源流动管理司副司长孙晓丽、职业能力建设司副司长王晓君出席并回答记者提问。', 'rsj', null, null, null],
['https://cdn.readhub.cn/topic/8kd5NJLdyQM', 'readhub.cn', null, '', '中央生态环境保护督察组已完成对山西、内蒙古、山东、陕西、宁夏 5 省区及 3 家央企的督察进驻工作。此次督察坚持问题导向,受理群众举报并推动解决了一批突出生态环境问题,同时发布了 10 起典型案例,涉及违规取水用水、毁林毁草、大气污染等多个领域。', 'sthjj', null, null, null],
]
