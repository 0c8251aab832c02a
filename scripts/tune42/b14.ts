// batch 14 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://www.hycfw.com/Article/75960', '海洋财富网', null, '乳山牡蛎亩产突破1.2万斤', '11月18日上午,在乳山口镇小青岛村码头上,养殖户王海将刚刚打捞上来的新鲜牡蛎从笼中倒出来,现场的工人则熟练地筛选分级,冲洗干净后将牡蛎分袋包装准备出售。今年,乳山市牡蛎喜获丰收亩产突破1.2万斤。', 'hyj', '山东省', '威海市', '乳山市'],
]
