// batch 5 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://www.sdgb.cn/kjxw/34683.html', 'sdgb.cn', '2023-09-19', '东平湖60艘渔船开启“耕湖征程”', '撒网千张乐丰收,扬帆万里逐幸福。在经历长达5个月的封湖禁渔之后,泰安市东平湖9月份正式进入开渔期。', 'nyncj', '山东省', '泰安市', null],
['http://taian.dzwww.com/2013sy/zhxw/202406/t20240611_14312140.html', '大众新闻客户端', '2024-06-11', '泰安“四好公路”建设再提速,今年计划新改建700公里', '6月6日,在新泰市汶南镇青云山村,一辆水泥搅拌车映入眼帘,周边几位中年工人手持铁钎,正熟练敲打着地面。“这条路以前坑坑洼洼,这次可真是大变样了,非常期待剩下路段的改造。”青云山村的村民张先生开心地说。', 'jtysj', '山东省', '泰安市', null],
['http://cenr.com.cn/cyjj/wqsk/2022/03/12/156745.html', '大众网·海报新闻', '2022-03-12', '', '为进一步营造打击侵权假冒伪劣商品的良好氛围,震慑不法分子生产和制售侵权假冒伪劣商品的违法行为,优化消费环境,维护广大消费者的合法权益,3月11日上午,聊城市开展假冒伪劣商品集中销毁活动。', 'scjgj', '山东省', '聊城市', null],
['https://yybnet.net/yantai/haiyang/201908/9470948.html', '烟台日报', '2019-08-13', '消防指战员:守护你,我在!', '时间:11日下午15时许—12日凌晨1时21分地点:海阳、蓬莱、芝罘区在灾害面前,在群众最需要的地方,消防员总是能给予最及时的援助。', 'yjj', '山东省', '烟台市', null],
]
