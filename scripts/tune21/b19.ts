// batch 19 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://dz24hour.cms.dezhoudaily.com/p/36615.html', '德州新闻网', null, '刘凤霞到部分学校调研', '德州新闻网讯 3月2日,副区长刘凤霞到部分学校调研新学期开学工作。', 'jyj', '山东省', '德州市', null],
['http://m.w603.cn/s3335000.html', 'm.w603.cn', '2015-06-15', '德州市开展学校百日攻坚行动', '为创造良好的校园环境,近日,全市教育系统组织开展了学校百日攻坚行动。', 'jyj', '山东省', '德州市', null],
['http://www.dezhoudaily.com/p/1501178.html', '德州新闻网', null, '确保首批学校开学复课顺利平安', '德州新闻网讯(记者 张志宁 通讯员 张军)4月14日,副市长董绍辉到武城县、夏津县督导高中阶段学校毕业年级开学复课工作。', 'jyj', '山东省', '德州市', null],
['https://m.yybnet.net/dezhou/pingyuan/201503/2576072.html', '德州日报', '2015-03-30', '开展校园安全隐患大排查,开展校园安全隐患大排查', '平原讯 (李敬国)3月30日是第20个全国中小学生安全教育日,平原县教育系统围绕“我安全,我健康,我快乐”主题,积极开展主题教育活动。', 'jyj', '山东省', '德州市', '平原县'],
['http://www.tytiida.com/qingdao/2016/92224.html', '齐鲁晚报', '2016-12-01', '青島開通首條城際公交 從膠州跨越大沽河進城陽', '12月1日6時16分,青島公交集團膠州巴士公司27路線公交車,披紅掛彩,越過桃源河大橋,駛入城陽地界,實現了膠州公交與城陽公交的對接,開通了青島市首條縣市城際公交線路。', 'jtysj', '山东省', '青岛市', null],
]
