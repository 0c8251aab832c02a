// batch 11 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://m.qxmzdv.cn/gtp/979a7698944.html', '中新社', null, '【寻味中华】单县羊肉汤:香飘万家 滋养“长寿乡”', '肥的油泛脂溢,瘦的白里透红,天花汤健脑滋神,眼窝汤清火明目,奶渣汤阴阳两适,口条汤劲道爽口……在山东单县,一顿美餐往往从一碗羊肉汤开始。', '', '山东省', '菏泽市', '单县'],
['http://admin.chinacar.com.cn/newsview177735.html', 'chinacar.com.cn', null, '', '为强化校车源头管理,沂南县交警大队近日会同教育行政部门,对县校车运营公司及其它学校、幼儿园在用校车再次进行了一次全面安全检查,发现校车有安全隐患的,立即通知校方暂停营运、彻底整改,经检验合格后方可运行。', 'gaj', '山东省', '临沂市', '沂南县'],
['https://fidreport.com/2016-11/18/content_6076192.htm', '河北日报', null, '', '河北新闻网讯(河北日报记者刘剑英 通讯员冯涛)11月17日,邯郸市环保局开始对各县(市、区)大气污染防治错峰生产及重污染天气应急措施落实情况进行为期4个月的全面督查。', 'sthjj', '河北省', null, null],
]
