// batch 24 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://m.163.com/dy/article/KIOFU4TN0514EGPO.html', '网易号', null, '', '1月8日,公安部召开新闻发布会。2025年,全国公安机关在公安部统一部署下,依法严厉打击电信网络诈骗犯罪,共侦破有关案件25.8万起。部署开展“断流”“拔钉”“斩链”等专项行动,累计抓获诈骗集团幕后“金主”、头目和骨干等542名;与缅甸、泰国建立三方协调机制,目前已有7600余名妙瓦底地区中国籍涉电诈犯罪嫌疑人被押解回国。', 'gaj', null, null, null],
['http://xwb.joyhua.cn/xwb/20240529/html/content_20240529007002.htm', 'xwb.joyhua.cn', '2024-05-29', '', '公安部27日通报,2023年7月以来,打击缅北涉我犯罪专项工作取得了重大战果,4.9万名电诈犯罪嫌疑人被移交我方。五年来,全国公安机关共破获电信网络诈骗犯罪案件194.5万起,电信网络诈骗犯罪上升势头得到有效遏制。', 'gaj', null, null, null],
['http://h5.wfrb.wfnews.com.cn/content/20231027/Articel05005MN.htm', '潍坊日报', '2023-10-27', '', '本报讯 (潍坊日报社全媒体记者 张韶华)近年来,市司法局坚持以“强基础、促发挥”为目标,大力加强镇(街)、村(居)人民调解工作,提升基层人民调解工作水平,切实筑牢基层稳定的“第一道防线”。', 'sfj', '山东省', '潍坊市', null],
]
