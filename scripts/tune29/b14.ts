// batch 14 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://sdyxboss.com/xinwen/2169.htm', '大众日报', '2014-05-21', '', '5月19日,第七届夏津黄河故道椹果生态文化节在夏津黄河故道生态旅游区会盟广场开幕。活动将持续到6月底。', 'whlyj', '山东省', '德州市', '夏津县'],
['https://new.qq.com/rain/a/20200920A0CCGH00', '齐鲁晚报·齐鲁壹点', '2020-09-20', '宁津的蟋蟀何以名扬天下,引得客商云集?这里有答案!', '9月20日,首届宁津县非遗文化节暨第八届中国(宁津)蟋蟀文化博览会开幕。', 'whlyj', '山东省', '德州市', '宁津县'],
]
