// batch 3 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://sd.people.com.cn/BIG5/n2/2024/0322/c386785-40785001.html', '人民網-山東頻道', '2024-03-22', '濰坊市奎文區:以新換心 為民生幸福“加碼”', '一座城市的魅力如何展現?答案是生態、宜居、幸福、文明……穿行於奎文區的大街小巷,可見一條條縱橫交錯的道路,一座座拔地而起的高樓,一處處生機盎然的公園,還有曾經老舊的小區如今也煥發著勃勃生機……每一個生活在奎文的人們,都能切身感受到城市建設管理上點點滴滴的喜人變化,這些變化都傳遞著民生至上的溫度。', '', '山东省', '潍坊市', '奎文区'],
['http://weifang.dzwww.com/jrkd/202203/t20220310_9933744.htm', 'weifang.dzwww.com', '2022-03-09', '我市57个老旧小区改造项目已全部立项', '3月8日,记者了解到,今年我市以建设人民满意的现代化品质城市为目标,将老旧小区改造纳入城市更新重要内容,补短板、惠民生、扩内需,着力打造一批“美好住区”。', 'zjj', '山东省', '潍坊市', null],
]
