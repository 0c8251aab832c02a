// batch 16 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://www.tjatglbxg.com/gjcc/2023-3/31/234897.html', '央视新闻', '2023-03-31', '市場監管總局發布日用及紡織品產品質量國家監督抽查情況', '市場監管總局今天發布了日用及紡織品產品質量國家監督抽查情況,本次抽查615家企業生產的622批次日用及紡織品,涉及童車、童鞋、機動車兒童乘員用約束系統、旅行箱包、運動頭盔等5種產品,發現89批次產品不合格,抽查不合格率為14.3 %。對5種產品的123個項目進行檢驗,其中安全項目107個,占比87.0%。在抽查發現的89批次不合格產品中,有50批次產品安全項目不合格,占比為56.2%。', 'scjgj', null, null, null],
]
