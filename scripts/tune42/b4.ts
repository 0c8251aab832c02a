// batch 4 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://m.yybnet.net/yantai/laizhou/201808/7973230.html', '烟台晚报', null, '外籍船只海上遇险,莱州渔船前往救援 莱州三渔民勇救7名落水船员', '本报讯(通讯员林杰YMG记者姜乾摄影报道)8月24日晚,莱州市三山岛街道三山岛村的3名渔民,驾驶着新造好的渔船鲁莱州渔60060,由威海荣成返航至三山岛渔港,途径烟台海域时,收到施救信号,得知一艘辽宁葫芦岛籍船只驶往烟台准备进行维修,途中突然遇到风浪,致使船体破损船舱进水下沉,3人立即前往船只遇险海域开展救援,经过近一个多小时的奋力营救,将7名落水船员全部救出。', 'hyj', '山东省', '烟台市', null],
['http://laixinews.com/epaper/Html/2012-02-03/3217.html', '莱西新闻', '2012-02-03', '', '春节期间,市工商局在全市开展了以查处无照经营为重点,以酒类、食品、水产品、肉类、保健品五类市场整治为重要内容的“雷霆亮剑”专项整治行动。', 'scjgj', '山东省', '青岛市', '莱西市'],
]
