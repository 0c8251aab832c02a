// batch 17 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://paper.ce.cn/jjrb/html/2010-06/29/content_110381.htm', '经济日报', '2010-06-29', '山东临沂罗庄区全力打造新型工业强区', '本报讯 记者单保江、通讯员田洪刚报道:山东省临沂市罗庄区下大力气转变发展方式,调整经济结构,推动产业升级,保持了经济平稳较快发展。', 'gxj', '山东省', '临沂市', '罗庄区'],
['http://jw.linyi.gov.cn/info/1131/4452.htm', '临沂市工业和信息化局', '2020-05-28', '经开区狠抓技改项目建设助推工业经济高质量发展', '为加快工业经济新旧动能转换,实现经济高质量发展,临沂市经济技术开发区狠抓技术改造项目建设,加大工业企业投资力度,助推工业企业向中高端迈进。', 'gxj', '山东省', '临沂市', null],
]
