// batch 15 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://www.sd.msa.gov.cn/art/2023/7/1/art_200_1810712.html', '山东海事局', '2023-07-01', '快速反应 烟台蓬莱海事处成功救助一名遇险人员', '6月24日2154时,接烟台海事局指挥中心通报,有人报警称在蓬莱八仙渡东部海域,海面上有灯光闪烁并伴有呼救声,疑似有人遇险,情况危险,请求救援。', 'jtysj', '山东省', '烟台市', '蓬莱区'],
['http://www.cnread.news/amp/article/14488883.html', '半島全媒體', null, '三九寒夜裡民警幫她找“家”', '1月14日晚,青島西海岸新區一名老人迷路找不到家,黃島公安分局臨港警務工作站民警開車拉著老人連找了四個社區才將老人送回家。', 'gaj', '山东省', '青岛市', '黄岛区'],
]
