// batch 3 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://yishui.gov.cn/info/13322/393398.htm', '沂水县人民政府', null, '山东省第二生态环境保护督察组向沂水县交办群众信访举报件(第五批)有关情况', '7月27日,省第二生态环境保护督察组向我县交办第5批信访举报件6件,本批交办信访件共涉及3个乡镇(街道),4个县直部门。', 'sthjj', '山东省', '临沂市', '沂水县'],
['http://hy163.com/news/ZX409/ZX4281075126679.html', '辽沈晚报', null, '', '辽沈晚报讯 首席记者赵永平报道 4月27日早6时30分,一艘辽宁籍渔船在山东省荣成市石岛港外海域着火沉没,在各方的努力营救下,遇险渔民10人获救,1人失踪。', 'jtysj', '山东省', '威海市', '荣成市'],
['https://m.163.com/news/article/JFOEQUDJ043798HD.html', '网易', null, '赵明印实地督导检查省环保督察交办信访案件整改情况', '10月29日下午,东营区委书记赵明印实地督导检查省环保督察交办信访案件整改情况。', 'sthjj', '山东省', '东营市', '东营区'],
]
