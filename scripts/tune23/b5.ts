// batch 5 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://ccwb.yunnan.cn/html/2019-01/16/content_1262233.htm?div=-1', '春城晚报', '2019-01-16', '', '记者昨日从盘龙区市场监督管理局获悉,近期盘龙区将重拳出击,全面整治“保健”市场、食品和药品市场、商品交易市场及旅游购物场所等领域的经营乱象。通过为期3个月的整治,将进一步建立公平交易的市场秩序,提升盘龙区的消费环境。', 'scjgj', '云南省', null, null],
['https://99sj.cn/Agri/Info/2165.html', '昆明日报', null, '', '9月7日,为保障王旗营蔬菜批发市场休市管理期间全市蔬菜供应,位于官渡区金马路与东三环交叉口(昆明铁路局集团投资开发有限公司原材料供应段内)的临时蔬菜批发交易点正式启用,预计日供蔬菜2000吨。', 'swj', '云南省', null, null],
['http://yn.people.com.cn/n2/2025/0117/c372456-41111141.html', '人民网-云南频道', '2025-01-17', '云南省最大干菜批发市场迎来交易高峰', '春节临近,作为全省最大的干菜副食批发市场,近日,昆明骏骐干菜副食粮油批发市场迎来交易高峰期,每天交易量超500吨,交易额超5000万元。', '', '云南省', null, null],
]
