// batch 21 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://dongying.sdnews.com.cn/zdy/202309/t20230923_4294281.htm', '鲁网', '2023-09-23', '鲜聚黄河口 秋收在垦利--2023年黄河口大闸蟹正式开捕上市', '鲁网9月23日讯 秋风送爽食蟹季,味美留鲜黄河口。9月22日,2023年黄河口大闸蟹开捕节暨农民丰收节开幕式在东营市垦利区举行。', 'nyncj', '山东省', '东营市', '垦利区'],
]
