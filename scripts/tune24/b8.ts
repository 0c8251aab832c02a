// batch 8 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://news.sohu.com/20120619/n345972460.shtml', '齐鲁晚报', '2012-06-19', '大面积绿潮袭击乳山海域(图)', '本报威海6月18日讯(记者 林丹丹 刘洁) 记者从威海市海洋与渔业局了解到,截至17日,绿潮开始大面积袭击乳山海域。截至18日,乳山共出动人员4161人次,各类机械287台次,打捞浒苔2125吨。', 'hyj', '山东省', '威海市', '乳山市'],
['http://zcnews.net.cn/index.php/article/view/id/118679.html', '新华社', null, '', '初夏的黄河三角洲一片绿意盎然,成片的小麦等农作物长势喜人,一座座大棚拔地而起,曾经低产的土地,经过盐碱治理改良后,如今已是“希望的田野”。', 'nyncj', '山东省', null, null],
['http://www.heze.cn/hzrb/pc/c/content_24269.html', '菏泽日报', null, '', '9月8日,曹县公安局朱洪庙派出所民警来到辖区朱洪庙镇中学,开展应急演练和安防知识进校园活动。活动中,民警组织学生开展针对地震、火灾等灾害情形的紧急疏散演练,并讲解了自护自救、防踩踏事故安全防范等知识。', 'gaj', '山东省', '菏泽市', '曹县'],
['https://www.whnews.cn/news/node/2021-09/19/content_-7279.htm', '威海新闻网', '2021-09-19', '治理海漂垃圾,石岛管理区启动海漂垃圾整治专项行动', '为提升海洋生态环境质量,实现“水清、岸绿、滩净、湾美”的海湾治理目标,日前,荣成石岛管理区结合渔港管理、岸线治理工作,全面启动了海漂垃圾整治专项行动,还海面一片清净。', 'sthjj', '山东省', '威海市', '荣成市'],
]
