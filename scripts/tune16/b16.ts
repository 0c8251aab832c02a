// batch 16 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://chinafeed.com.cn/xumu/201208/17/64019.html', 'chinafeed.com.cn', '2012-08-17', '', '今年以来,山东东营市海洋与渔业局按照转方式、调结构的总体发展思路,积极培育渔业特色优势产业,水产品特色产业规模不断增大,优势日益凸显。', 'hyj', '山东省', '东营市', null],
['http://www.hycfw.com/Article/76914', '河口区海洋与渔业局', '2015-05-20', '河口区黄河口大闸蟹、海参两大基地发展成效卓著', '海洋财富网综合消息 今年以来,河口区充分发挥浅海、滩涂、盐碱地三大资源优势,抢抓黄河三角洲开发和山东半岛蓝色经济区建设机遇,扎实推进黄河口大闸蟹、海参两大基地建设,黄河口大闸蟹、海参成为海洋渔业发展的重点产业、优势产业。', 'hyj', '山东省', '东营市', '河口区'],
]
