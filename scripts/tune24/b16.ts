// batch 16 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://www.weihai.tv/news/newspaper/2022/1014/390524.html', '威海日报', '2022-10-14', '非凡十年看威海丨威海今年已完成30个老旧小区改造', '今年,我市计划改造51个老旧小区项目、共82个老旧小区。10月13日,记者从市住房城乡建设局了解到,在计划改造任务的基础上,我市实际又超额改造7个老旧小区。截至目前,已有30个老旧小区完成改造,另外59个小区仍在改造中。', 'zjj', '山东省', '威海市', null],
['https://sd.news.163.com/20/0624/09/FFSJS0TP04379D5T.html', '网易山东', '2020-06-24', '紧急预警!', '6月22日,国务院教育督导委员会办公室2020年第3号预警发布!要求严防溺水事故发生!', 'jyj', null, null, null],
]
