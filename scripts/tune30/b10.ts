// batch 10 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://rizhao.dzwww.com/qx/jx/201411/t20141125_11429871.html', '日照日报', '2014-11-25', '莒县1195个村受惠城乡环卫一体化', '本报讯(记者 刘江雪 通讯员 辛有东 魏士朝)11月1日,家住莒县峤山镇荆家洪沟村60多岁的荆庆兴老人边在村内大街上踱着步边细数变化,“当街茅房不见了、三纵两横大街硬化了、路灯有了、污水不满街淌了……”', 'cgj', '山东省', '日照市', '莒县'],
['https://www.yybnet.net/linyi/yinan/201607/2059997.html', 'yybnet.net', '2016-07', '', '本报讯 6月14日至30日,市城乡环卫一体化工作联席会议办公室对全市城乡环卫一体化工作情况进行了暗访。', 'cgj', '山东省', '临沂市', null],
['https://m.yybnet.net/jinan/zhangqiu/201909/9660158.html', '济南日报', '2019-09-19', '文祖街道开展无违建街镇建设工程', '本报9月18日讯(记者 时晔然 通讯员 侯启辉)近期,章丘区文祖街道开展无违建街镇建设工程,先后对西窑头村西高速路附近的安乐雅园农业开发有限公司的违建进行拆除,拆除面积210平方米,拆除违建板房两层500平方米。', 'cgj', '山东省', '济南市', '章丘区'],
['http://dezhoudaily.com/kuaibao/p/1606554.html', '德州日报', null, '', '金秋九月,乐陵30万亩金丝小枣迎来收获期,枣农抢抓农时忙着打枣、拾枣,处处洋溢着丰收的喜悦。', 'nyncj', '山东省', '德州市', '乐陵市'],
]
