// batch 23 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://www.caihonghu.net/show.php?itemid=32033', 'caihonghu.net', null, '聊城市農村地區清潔取暖改造完工251539戶', '2020年是聊城市完成清潔取暖示范城市任務的收官之年,全市至少要完成農村地區清潔取暖改造25.7萬戶,其中氣代煤22.18萬戶,電代煤3.52萬戶。截止10月26日,全市開工262253戶,開工率102%,完工251539戶,完工率98%。', 'zjj', '山东省', '聊城市', null],
]
