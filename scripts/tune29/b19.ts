// batch 19 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://tzb.taian.gov.cn/art/2025/1/21/art_75771_10212013.html', '泰安市委统战部', '2025-01-21', '市委统战部开展春节前宗教活动场所安全检查', '1月21日,市委统战部副部长任延勇带队到宗教活动场所,检查安全工作和春节期间宗教活动安排情况。', 'mzzj', '山东省', '泰安市', null],
['http://www.lcxw.cn/yaowen/liaochengzhengqing/20240629/70769.html', '聊城新闻网', '2024-06-29', '李长萍会见太平洋地区国家友好组织负责人一行', '6月29日下午,市委书记李长萍在市会议接待中心会见了来自新西兰、汤加王国、所罗门群岛、巴布亚新几内亚等太平洋地区国家友好组织负责人一行。', 'wb', '山东省', '聊城市', null],
]
