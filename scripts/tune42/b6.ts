// batch 6 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://enbeike.com/Main/NewsView.asp?ID=750&SortID=20', 'enbeike.com', null, '山东青岛:雨被封池面海参死伤一片 养殖户损失超千万', '雨被封池面 海参死伤一片 记者昨天在即墨沿海调查采访时发现,连日来的几场大雨,让这里的万亩海参池遭遇了一场天灾。由于雨水来不及排出,海水上面的淡水挡住了海参的呼吸通道,导致大量海参缺氧死伤。', 'hyj', '山东省', '青岛市', '即墨区'],
['http://m.sd.china.com.cn/a/2016/jieqing_0906/692868.html', '中国网山东', '2016-09-06', '', '从平度市了解到,第30届青岛大泽山葡萄节开幕4天来,已有7万多人前去采摘葡萄、品尝农家宴。由青岛旅游集团主办、平度市政府和大泽山镇政府承办的第30届青岛大泽山葡萄节历时两个月,整个节庆活动将持续到10月31日。', '', '山东省', '青岛市', '平度市'],
['https://app.bjtitle.com/8816/newshow.php?mood=push&newsid=6200823&typeid=91', '央视新闻客户端', '2022-07-26', '山东日照:暴雨橙色预警升级为红色预警', '山东省日照市气象台2022年07月26日12时30分将暴雨橙色预警信号升级为暴雨红色预警信号。目前日照市莒县、东港区、五莲县的个别乡镇3小时降水量已达100毫米以上,且1小时降水量超过50毫米。预计今天中午到夜间,日照市降雨仍将持续。请注意防范强降水引发的地质灾害、城市内涝等风险。', '', '山东省', '日照市', null],
['http://sd.subaoxw.com/zh/2023/0919/131513.html', '山东商报·速豹新闻网', '2023-09-19', '', '19日,山东省水利厅和山东省气象局9月19日联合发布山东省山洪灾害气象预警:', 'slj', '山东省', null, null],
]
