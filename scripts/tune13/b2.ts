// batch 2 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://www.0303657.com/news_show/type_id=2-id=1261.html', '浙江新闻客户端', '2019-05-31', '绍兴一厂房火灾 7个消防中队到场扑救', '浙江新闻客户端 | 记者 陈立波 通讯员 余昌龙 5月30日上午7时30分许,绍兴市柯桥区福全街道福全山村的乐乐家纺厂发生大火。', 'yjj', '浙江省', null, null],
['http://www.cneb.gov.cn/2020/06/05/ARTI1591344146763868.shtml', '国家应急广播网', '2020-06-05', '浙江绍兴一工厂突发火灾 现场明火已被扑灭', '5日中午,浙江省绍兴市越城区启圣路和越秀路交叉口一家工厂突发火灾,现场浓烟滚滚,几公里外清晰可见。', 'yjj', '浙江省', null, null],
['http://www.ly-sz.cn/html/2017/sanzhongxw_0414/3189.html', 'ly-sz.cn', '2017-04-14', '', '4月14日上午,兰山区副区长王辉带领区政府办公室、教体局、住建局、安检局、食药监局、交通分局、文化执法局、兰山消防大队等各局分管负责人,对临沂三中安全生产工作进行了督查检查。', 'jyj', '山东省', '临沂市', '兰山区'],
['http://lyls.gov.cn/info/4480/175239.htm', '兰山区教育和体育局', '2021-08-27', '临沂汪沟小学安全检查进校园 合力保障开学季', '根据兰山区教体局《关于聘请安全评估机构开展学校安全检查的通知》要求和具体安排,8月26日上午,第三方安全评估机构检查组来到临沂汪沟小学进行实地检查。', 'jyj', '山东省', '临沂市', '兰山区'],
['http://chinagu.org/html/show10953p1.htm', '崮文化网', null, '', '崮文化网讯 为确保开学工作安全、有序、顺利进行,切实消除安全隐患,维护正常教学秩序,近日,沂水县泉庄镇组织安监办、食药监、教育等相关部门,对辖区学校开展秋季入学前安全隐患排查,为入学师生安全保驾护航。', 'jyj', '山东省', '临沂市', '沂水县'],
['https://www.ctmanga.com/a/ju-bao-you-jiang-de-zhou-gong-kai-zheng-ji-yi-bao-ji-jin-wei-fa-wei-gui-xian-suo.html', 'ctmanga.com', null, '舉報有獎!德州公開徵集醫保基金違法違規線索', '爲充分發揮羣衆監督作用,鼓勵羣衆積極舉報、嚴厲打擊違法違規使用醫療保障基金行爲,發揮社會監督共治作用,切實守護羣衆“看病錢”“救命錢”,現面向德州廣大羣衆公開徵集醫保違法違規線索。', 'ybj', '山东省', '德州市', null],
]
