// batch 19 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://chengshi.gangao.com/zixun/2023/0517/11698.html', '中国山东网', '2023-05-17', '', '中国山东网-感知山东5月17日讯 (记者 江学俊)5月16日,在5·18国际博物馆日即将来临之际,淄博市人民政府新闻办公室组织召开”推动文化繁荣发展”主题系列新闻发布会第一场,邀请淄博市文化和旅游局相关负责人向社会发布淄博市文物和博物馆有关情况。', 'whlyj', '山东省', '淄博市', null],
]
