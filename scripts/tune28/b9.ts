// batch 9 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://bbs.syuan.com/forum.php?goto=nextnewset&mod=redirect&tid=2606828', 'bbs.syuan.com', '2021-10-20', '', '马上高铁济宁北站开通,公交集团如何开通市区到高铁北站的常规公交?', 'jtysj', '山东省', '济宁市', null],
['http://zaozhuang.sdnews.com.cn/zzgd/202307/t20230714_4261853.htm', '鲁网', '2023-07-14', '国网山东枣庄供电公司:暴雨突袭 深夜抢修保供电', '鲁网7月14日讯 2023年7月12日,枣庄地区遭遇强对流天气,最大降水达100毫米并伴有雷电及7至9级大风。当日22时,滕州市东郭镇某台区变压器受雷击发生故障,灾情发生后,国网枣庄供电公司迅速启动极端天气应对措施,在确保安全的条件下,连夜开展紧急抢修,累计出动人员16人次、抢险车4台次,经过连续3个多小时的紧张抢修,于13日凌晨一时恢复供电。(通讯员 曹欣)', 'nyj', '山东省', '枣庄市', '滕州市'],
]
