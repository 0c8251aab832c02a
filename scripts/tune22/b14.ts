// batch 14 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://www.dongyuewang.com/website/shehui/20161026/7830.html', 'dongyuewang.com', '2016-10-26', '', '博物馆内部 (见习记者 孙征)记者从泰山景区了解到,泰安市博物馆(会展中心陈列馆)将于近期建成并对市民及游客免费开放。', 'whlyj', '山东省', '泰安市', null],
['http://www.fstaoci.com/news/20167/31173559.htm', '佛山瓷砖网', '2016-07-31', '淄博回头看督查组督查小型玻璃厂停产', '昨日,“九个一律”回头看督查组继续在博山区督查,之前检查中存在问题的淄博巨丰乳化剂厂和馨博小镇已整改完毕,至此,针对博山区57个问题的整改工作已完成。随后督查组又对博山区4家玻璃琉璃企业窑炉拆除整改情况进行了现场实地勘察。', 'sthjj', '山东省', '淄博市', '博山区'],
]
