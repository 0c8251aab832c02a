// batch 14 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://mip.zynews.cn/zz/2020-06/11/content_12301854.htm', '中原网', '2020-06-11', '露天烹炒、马路上支起饭桌……文博西路夜市占道严重', '中原网讯(郑报全媒体记者 谷长乐 文/图) 6月9日晚,市城市管理局、市城市管理执法支队等执法人员对金水区升龙广场特色街区美食广场、健康路夜市和部分街道夜间市容管控情况进行督查时发现,文博西路与白庙路交叉口南侧占道经营现象严重。', 'cgj', '河南省', null, null],
['http://hbj.linyi.gov.cn/info/1784/47049.htm', '临沂市生态环境局', '2021-09-17', '中央第二生态环境保护督察组转办信访举报件办理情况(第13批)', '中央第二生态环境保护督察组向我市转办第13批信访举报件共计19件(其中来电4件,来信15件)。截至9月17日,已办结12件,阶段性办结7件。其中,责令整改18家。现予以公开。', 'sthjj', '山东省', '临沂市', null],
['https://csdn.cc/amp/china/2876138.html', 'csdn.cc', null, '李营街道开展“情系退役老兵 弘扬拥军优良传统”志愿服务活动', '近日,济宁市任城区李营街道桃园社区开展“情系退役老兵 弘扬拥军优良传统”志愿服务活动。', 'tyjrj', '山东省', '济宁市', '任城区'],
]
