// batch 12 — labelled by guideline v1 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://www.mok8888.com/content/2024-03/06/155_665519.html', '延邊晨報', '2024-03-06', '教育局多措并舉護航校園食品安全', '近年來,圖們市教育局采取多項舉措消除食品安全隱患,守護廣大師生“舌尖上的安全”,營造了良好、和諧、文明的校園就餐環境。', 'jyj', '吉林省', null, null],
['http://sjt.jl.gov.cn/sy/sjdt/tpxw/202501/t20250107_9026870.html', '吉林省审计厅', '2025-01-07', '吉林市审计局关注学校食堂运营管理和学生食品安全情况', '近日,吉林市审计局在全市中小学教育资金及相关政策落实专项审计调查工作中,重点关注学校食堂运营管理和学生食品安全情况。审计人员深入学校食堂操作间,了解食材加工、食品留样以及环境卫生等关键环节的实际情况,并指出存在的问题和不足,提出针对性的改进意见,保障在校师生“舌尖上的安全”', 'sjj', '吉林省', null, null],
]
