// batch 11 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://linyi.dzwww.com/2014/nd2014/news/201412/t20141218_11574261.htm', '鲁南商报', '2014-12-18', '兰山区焦庄家园供暖:室温只有10℃ 管道有杂物', '李女士家住兰山区焦庄家园,虽然小区已经供暖,但是室温却只有10度。李女士不禁质疑,这到底供的是啥暖。', 'zjj', '山东省', '临沂市', '兰山区'],
['https://wf.zhuangyi.com/zixun/201412/517903.html', 'wf.zhuangyi.com', '2014-12', '坊子新区招待所宿舍曹先生家搞不清原因,热企表示会尽快查看', '12月3日,坊子新区招待所宿舍的曹先生向本报反映,供暖半个多月来,他家的温度一直在14℃—15℃之间,由于供暖效果不理想,家里的老人被冻感冒了。记者随后赶到曹先生家,发现客厅的暖气片只是温乎,卧室的则更凉一些。', 'zjj', '山东省', '潍坊市', '坊子区'],
]
