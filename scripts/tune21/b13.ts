// batch 13 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://news.qingdaonews.com/qingdao/2015-03/29/content_10985323.htm', '青岛早报', '2015-03-29', '小区电梯半空罢工业主被困 及时获救有惊无险', '早报讯 昨日早晨8时左右,市北区华阳慧谷小区一号楼二单元出现了惊险一幕,一台运行中的电梯半空突然罢工,将其中的一名中年业主困住。意外发生后,有人拨打了119报警,同时小区保安采取应急措施,将被困业主解救出来。后检查发现,此次意外是电压不稳定所致,并非电梯质量问题。', 'zjj', '山东省', '青岛市', '市北区'],
['http://www.isunte.cn/p/375686.html', '青岛日报', null, '', '青島日報社/觀海新聞3月23日訊 記者近日回訪時看到,萬科中心C座對面體育場前的人行道已經修復,路面平整。', 'zjj', '山东省', '青岛市', null],
['http://www.baozhuang.nfhot.net/zixun/2023/0628/13063.html', '信网', '2023-06-28', '人行道破损行人无奈走机动车道 延安路街道将协调修整', '信网6月28日讯(记者 王晨瑜)近日,市民白女士反映,青岛市市北区明霞支路与白云路交叉口东侧的楼宇已经拆完近两个星期了,该处旁边的人行道在施工时出现严重破损,但没有相关单位前去修整,而人行道旁分布着道路泊车位,很多市民要绕到机动车道上行走。', 'zjj', '山东省', '青岛市', '市北区'],
]
