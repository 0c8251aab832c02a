// batch 18 — labelled by guideline v1 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://www.69qk.cn/wenhua/081819335.html', '中國文化報', '2019-05-08', '精彩創意!山東臨朐舉行首屆傳統工藝暨非遺博覽會', '4月30日至5月2日,“精彩創意·魅力臨朐”山東省濰坊市臨朐縣首屆傳統工藝暨非遺博覽會舉行。東鎮沂山祭儀、臨朐手繪年畫、周姑戲、紅絲硯制作技藝等60余個非遺項目集體亮相,百余位手工藝人開展技藝推介和展示活動。', 'whlyj', '山东省', '潍坊市', '临朐县'],
['http://yantai.iqilu.com/ytminsheng/2018/0203/3829625.shtml', '水母网', '2018-02-03', '烟台将新建改扩建一批幼儿园 马术训练场地等将投用', '水母网2月3日讯(YMG记者 庞磊) 昨日,烟台召开新闻发布会,通报2017年全市教育体育事业发展情况。截至目前,全市共有943所幼儿园,在园幼儿16.15万人。今年,我市实施第三期学前教育三年行动计划,继续新建、改扩建一批幼儿园,增加幼儿学位。', 'jyj', '山东省', '烟台市', null],
['http://zgzzs.com.cn/index.php/article/detail/id/121957.html', '《祖国》', null, '', '为严守辖区耕地红线,不断加大耕地卫片整治工作力度,近日,青岛西海岸新区(黄岛区)大场镇组织综合行政执法中队、自然资源所、驻村办等多部门开展高效联动,严格推进冯家坊村卫片图斑清理整治工作。', 'zrzyj', '山东省', '青岛市', '黄岛区'],
]
