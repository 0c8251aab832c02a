// batch 1 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://shandong-chorography.org/database/bg/section/6/article/244/', 'shandong-chorography.org', null, '典型案例', '7月29日20时15分, 临沂市兰山区西郊灯具城发生火灾。支队接到火警报告后,调集13个中队的\n164名指战员和合同制消防员,34台消防车参加灭火。', 'yjj', '山东省', '临沂市', '兰山区'],
['http://www.p146.com/news/s/2014-08-06/100669959.html', '齊魯網', '2014-08-05', '', '齊魯網濟南8月5日訊(記者 李瑞平)今天上午,濟南警方發布一則辟謠信息,傳"商河、濟陽有犯罪分子在玉米地挖腎并販賣"經核實,民警未接到類似報警,提醒網友不要盲目相信和傳播。', 'gaj', '山东省', '济南市', null],
['http://m.yzctcx.com/xw/8305.html', '济宁新闻网', null, '', '济宁新闻网5月21日讯 今天上午10时起,济宁市部分微信朋友圈内疯传一条信息,称“明天上午九点济宁的新世纪广场、文化广场集会呼吁高考公平,公安出动警力引导游行!有群的都转一下,为了孩子全民支持!”', 'gaj', '山东省', '济宁市', null],
['http://anqiu.gov.cn/yw/bmdt/sajj/202411/t20241106_6411741.html', '安丘市人民政府', '2024-11-06', '潍坊市安委办督导组到我市开展开展重点时期安全生产督导检查工作', '10月28日上午,潍坊市工信局党组成员、副局长吴国宗带队,对我市重点时期安全生产工作落实情况进行督导检查,市应急局主要负责同志、分管负责同志,市工信局主要负责同志陪同检查。', 'yjj', '山东省', '潍坊市', '安丘市'],
]
