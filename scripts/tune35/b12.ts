// batch 12 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://www.sd-aiguo.com/html/2019/img_0819/4192.html', '大众网·海报新闻', '2019-08-19', '济南百脉泉景区泉群沸腾 引众多市民观看', '2019年8月18日,济南,周围市民来到泉边亲水嬉戏。百脉泉景区于2019年8月16日正式开园,百脉泉泉群沸腾,再现壮丽奇观。', 'whlyj', '山东省', '济南市', '章丘区'],
['http://edu.dzwww.com/rcjy/gaozhong/201606/t20160603_14403895.html', '大众网', '2016-06-03', '', '大众网济南讯(通讯员 郑佐文)高考、中考临近,为了给考生们创造一个良好的考试环境,6月3日上午,省、市食品药品监管局对济南中学食品进行了专项检查,确保考生饮食安全。', 'scjgj', '山东省', '济南市', null],
['https://article.wn.com/view/WNAT66431a3eb82bc1e659df41c63f830aa6', 'article.wn.com', null, '', '(来源:有机硅) 11月19日,徽州经济开发区管委会通报称当日15时17分,安徽新远科技有限公司一车间起火,徽州区第一时间启动应急处置,目前火势已控制。具体原因,正在进一步调查中。', 'yjj', '安徽省', null, null],
['https://www.yybnet.net/hefei/news/201402/438097.html', '市场星报', '2014-02', '', '星报讯昨日下午14时许,滨湖新区徽州大道与方兴大道交口东南角一空地上,数百平方的荒草蹊跷起火,一时间,浓烟滚滚,不断蔓延。赶来的消防队员紧急扑救30多分钟,最终扑灭火情。', 'yjj', '安徽省', null, null],
['http://www.gqsoso.com/hangxing/20210511/61579.html', '中国应急管理报', '2021-05-11', '安徽省政府挂牌督办50处重大火患', '本报讯 记者丁继民报道 近日,安徽省政府印发通知,挂牌督办整改合肥、淮北、亳州等地共50处重大火灾隐患。', 'yjj', '安徽省', null, null],
['https://thepaper.cn/newsDetail_forward_26363679', '澎湃新闻', '2024-02-15', '黄鹤楼连续第四天发提醒:今日4万人预约游览达最大承载量八成', '2月15日下午,著名景区黄鹤楼在其官方微博发布提示,截至下午3时,黄鹤楼公园当日游客预约量已达到日最大承载量的80%,即40000人。提醒游客合理安排好出行计划,错峰出游。', 'whlyj', '湖北省', null, null],
]
