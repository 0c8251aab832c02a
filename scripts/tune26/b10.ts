// batch 10 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://onlinesd.cn/ytsports/2021-10-09/98239.html', 'onlinesd.cn', '2021-10-09', '', '9月30日,记者从淄博马拉松组委会了解到,2021淄博马拉松将于10月24日开跑,目前报名通道已开启。', 'tyj', '山东省', '淄博市', null],
['http://finance.dzwww.com/sdcj/201807/t20180724_17645096.html', '大众网', '2018-07-24', '关于山东省2017年度省级预算执行和其他财政收支的审计工作报告', '我受省政府委托,向省人大常委会报告2017年度省级预算执行和其他财政收支审计情况,请予审议。', 'sjj', '山东省', null, null],
['http://m.csgzkj.com/c/2019-11-02/2456581.shtml', '北京日报', '2019-11-02', '人口抽樣調查啟動入戶', '近期,2019年度人口抽樣調查工作啟動,昨天上午,全市統計調查員兵分多路,開始正式入戶調查。', 'tjj', '北京市', null, null],
]
