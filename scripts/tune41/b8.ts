// batch 8 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://m.folksfolks.com/sm/2020-04/10/content_30259674.htm', 'folksfolks.com', null, '', '4月7日上午,大田县市场监管局组织人员对大田一中、五中、鸿图中学开展食品安全专项检查,全力保障高三开学“第一餐”。随着学校陆续开学,县市场监管局联合县教育局等有关部门,集中力量对学校食堂、供校食品生产企业及校园周边食品经营户,开展全面监督检查,确保学校“每一餐”安全。(江萍萍 陈广程 摄影报道)', 'scjgj', '福建省', null, null],
['https://yihuying.cn/mzzs/11640.html', 'yihuying.cn', '2017-11-23', '集中拆违行动攻坚日当天,临沂共拆除违法建设670起', '11月21日讯 (记者 邵明习)11月20日是全市集中拆违行动攻坚日,当天,临沂市城市违法建设治理行动小组成员单位督导包保小组到临沂各县区(开发区)督导违法建设拆除情况。当天共拆除违法建设670起,拆除面积407580.18平方米。', 'cgj', '山东省', '临沂市', null],
['https://m.yybnet.net/linyi/yinan/201806/7591676.html', '沂蒙晚报', '2018-06-21', '全市拆除违建44万多平方米', '本报6月20日讯 20日,全市各县区(开发区)积极稳妥开展违法建设集中攻坚拆除行动。', 'cgj', '山东省', '临沂市', null],
['http://m.guocaisb.com/shandong/sdnews/201709/t20170921_16450124.htm', '沂蒙晚報', null, '', '9月20日上午,臨沂副市長常紅軍帶隊到蘭山區現場督導違建拆除集中攻堅工作開展情況。', 'cgj', '山东省', '临沂市', '兰山区'],
['http://www.cementren.com/2013/0318/32581.html', 'cementren.com', '2013-03-18', '', '3月15日,南通通州工商局根据群众举报,成功捣毁两处销售假冒水泥和一处制造假冒水泥的窝点。', 'scjgj', '江苏省', null, null],
['https://zxb.ccn.com.cn/html/zxb/20100222/18656.html', 'ccn.com.cn', null, '', '本报讯(通讯员李文成 徐 辉)2月1日,湖北省枣阳市工商局接到群众举报,称位于枣阳市北城办事处北关居委会一处仓库内存放有假冒南街村牌调味料。南街村牌调味料是中国驰名商标,在市场上深受广大消费者亲睐。次日凌晨,分局执法人员紧急出动,在该市南阳路一货运部内一举查获18件假冒南街村牌南德系列调味料,当事人王某对此供认不讳。', 'scjgj', '湖北省', null, null],
]
