// batch 12 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://www.jining.gov.cn/art/2019/5/15/art_183_1469096.html', '邹城市人民政府办公室', '2019-05-15', '【邹城市】市领导带队夜查大气污染防治工作', '5月14日晚,市委常委、副市长、油烟治理、扬尘污染管控专班牵头领导田成柱带领综合执法局、市容环境维护中心等单位主要负责人,先后到鑫琦烧烤城、泰和水岸二期、田园伟业、小胡美食城现场查看施工工地渣土管理、餐饮油烟治理工作。', 'cgj', '山东省', '济宁市', '邹城市'],
['http://jnhj.jining.gov.cn/art/2014/3/21/art_18551_999514.html', 'jnhj.jining.gov.cn', null, '', '为着力解决影响城区环境空气质量的重点、难点问题,全面提升我市重点区域环境空气质量,邹城市环保局按照市委、市政府安排部署,对重点区域开展大气环境综合整治攻。', 'sthjj', '山东省', '济宁市', '邹城市'],
['http://lcrb.lcxw.cn/paper/pc/content/content_55987.html', '聊城日报', '2024-08-16', '', '8月14日,茌平区冯官屯镇东封村高标准农田里,技术人员在操作植保无人机投放赤眼蜂。', 'nyncj', '山东省', '聊城市', '茌平区'],
]
