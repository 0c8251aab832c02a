// batch 13 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://m.yybnet.net/dongying/kenli/201401/3158101.html', '黄河口晚刊', '2014-01-24', '黄河水量减小,下游淌凌基本结束垦利境内两浮桥恢复通行', '1月23日,记者从垦利县交通运输部门获悉,受近期气温升高、黄河水量减小影响,黄河下游淌凌基本结束,垦利县境内的胜利浮桥、开元浮桥的 9组浮舟正式完成组装、恢复通行。', 'jtysj', '山东省', '东营市', '垦利区'],
]
