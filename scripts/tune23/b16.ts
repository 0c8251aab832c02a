// batch 16 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://www.zhonghongwang.com/show-291-452771-1.html', '中宏网', '2026-02-09', '山东日照:将“无忧消费”从线下延伸至线上', '中宏网讯 2月5日,山东省政府新闻办举行新闻发布会。', 'scjgj', '山东省', '日照市', null],
]
