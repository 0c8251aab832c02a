// batch 3 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://dz24hour.cms.dezhoudaily.com/p/43441.html', '德州新闻网', null, '穆治霖到陵城区考察交流', '德州新闻网讯 7月13日,全国人大机关驻德挂职干部临时党支部禹城党小组组长,禹城市委常委、副市长穆治霖带领禹城党小组成员来陵城区考察交流,区人大常委会主任王林,区委常委、经济开发区党工委书记、管委会主任苗君青,区委常委、副区长马韬,区人大常委会副主任李丰新陪同。', '', '山东省', '德州市', '陵城区'],
['http://m.nxhuan.com/p/1424013.html', '德州新聞網', null, '', '德州新聞網訊(記者 張鵬)10月17日,平原縣委副書記孫豐勇帶領考察團赴武城、夏津、齊河、禹城參觀學習。副縣長何新梅,縣委辦公室主任于春君,縣政府黨組成員、辦公室主任李付東陪同。', '', '山东省', '德州市', null],
]
