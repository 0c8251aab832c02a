// batch 7 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://m.guocaisb.com/shandong/sdnews/201702/t20170203_15492567.htm', 'm.guocaisb.com', '2017-02-03', '', '農歷大年初四,陽光明媚,泰山又迎來了大批游客登山游玩祈福。就在人們享受沿途美景的同時,忙碌在執勤崗位上的泰山中隊官兵接到報警,拱北石崖邊有游客跳崖。中隊官兵迅速組織隊伍,帶足救援裝備器材出警,經過4小時辛苦搜救,把游客安全救出。', 'yjj', '山东省', '泰安市', null],
['https://yybnet.net/taian/news/201902/8734144.html', '大众日报', '2019-02-22', '游客泰山坠崖泰安消防救援', '本报泰安讯1月28日18时54分,泰安市消防救援支队作战指挥中心接到报警,称泰山弘德楼附近一名游客不慎坠崖,急需救援。指挥中心立即调派泰山中队携带山岳救援装备及药箱迅速赶往现场。', 'yjj', '山东省', '泰安市', null],
['http://tech.jiangsulong.com/a/2019/0822/1566460800.html', 'tech.jiangsulong.com', '2019-08-22', '垃圾定时定点投放杭州300个小区年底前实行', '8月15日 , 新修改的《杭州市生活垃圾管理条例》(以下简称《条例》)颁布实施 。', 'cgj', '浙江省', null, null],
['http://xm.fjsen.com/2014-07/30/content_14582391.htm', '厦门网', '2014-07-30', '厦门:退潮时海浪凶猛两游客下水被卷走仅一人获救', '厦门日报讯 (文/图 记者 吴俊鸿 实习生陈薇)昨日,环岛路白城沙滩上发生一起悲剧,两名江西籍年轻男子下海游泳时被海浪卷走,一名男子被救起,另一人被大海吞噬了生命。', 'yjj', '福建省', null, null],
]
