// batch 19 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://632news.com/zzqs/content/2024-02/11/content_68843.html', '枣庄新闻网', '2024-02-11', '看见枣庄 | 龙行龘龘年味浓 台儿庄古城人气旺', '龙行龘龘、欣欣家国,2月10日正值甲辰龙年正月初一,台儿庄古城熙熙攘攘,人潮涌动。来自济南、青岛、临沂及苏豫皖等地的游客不断涌入景区,看展览、观表演、赏民俗、品美食,古城内外满满烟火气、浓浓年味足。', 'whlyj', '山东省', '枣庄市', '台儿庄区'],
['http://news.bandao.cn/a/487312.html', '潍坊日报', '2021-04-14', '潍坊市生态环保现场督导组就信访交办件开展调查', '4月12日,潍坊市生态环保现场督导组分组赴昌邑市、青州市、昌乐县、安丘市就省生态环保督察组向潍坊市移交信访件的整改情况进行了实地走访调查。', 'sthjj', '山东省', '潍坊市', null],
]
