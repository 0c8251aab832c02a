// batch 6 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://big5.cri.cn/gate/big5/sd.cri.cn/20170512/933eea68-246c-eb5d-2b72-eeaa4a8eebd4.html', '國際在線', null, '', '國際在線山東頻道消息(李鑫 通訊員 劉鵬):5月9日,臨沂市沂水縣公益性公墓建設現場推進會議召開,會議期間實地參觀查看了崔家峪鎮福壽園公墓。', 'mzj', '山东省', '临沂市', '沂水县'],
['http://0898nl.com/wap/index.php?itemid=8489&moduleid=21', '0898nl.com', '2019-05-29', '全国大规模小麦跨区机收拉开序幕', '本网讯 近日,夏粮主要作物小麦由南向北梯次成熟,各小麦主产区天气晴好,湖北、河南、安徽等地已进入集中收获期。据农业农村部统计,截至5月28日,全国已收获小麦4000万亩,当日机收面积694万亩,标志着全国三夏大规模小麦跨区机收大会战全面启动。', 'nyncj', null, null, null],
]
