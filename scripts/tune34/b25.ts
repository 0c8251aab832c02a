// batch 25 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://dzrb.dzng.com/general/0/NEWS3224710ZLBPYVBFDLTLB', '大众新闻·鲁中晨报', '2026-03-16', '滨州市无棣县综合行政执法局开展 “3・15” 主题宣传活动', '近日,无棣县综合行政执法局积极响应全县统一部署,组织精干力量开展“3·15国际消费者权益日”宣传活动。', 'cgj', '山东省', '滨州市', '无棣县'],
]
