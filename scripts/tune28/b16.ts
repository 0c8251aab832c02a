// batch 16 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://finance.sina.cn/sa/2009-07-27/detail-ikknscsi7518116.d.html', '中国经济时报', '2009-07-27', '济宁老运河生存现状调查', '狗尸、死鱼、垃圾、大股污水——济宁城区的老运河晴天绿臭、雨天黑臭,而城外散在乡镇的运河遗迹,也多处被垃圾包裹', 'sthjj', '山东省', '济宁市', null],
['http://linyi.iqilu.com/zhxw/qlsl/2017/0426/3517151.shtml', '沂蒙晚报', '2017-04-26', '临沂市区滨河路又现渣土漏撒 已连续发生近一周', '“金雀山路沂河桥西侧桥底又出现了渣土,有几十米长,让过往车辆躲闪不及。”25日上午,有市民拨打本报热线反映,在临沂市区金雀山路沂河桥西侧桥底滨河路由北向南的车道上出现不少渣土,希望有关部门尽快清理,同时加强对渣土车的管理。', 'cgj', '山东省', '临沂市', null],
['https://epaper.qlwb.com.cn/qlwb/content/20140213/ArticelZ04003FM.htm', '齐鲁晚报', '2014-02-13', '拿起热线你问我答', '市民:家住市中区的刘女士称人民路已经修改扩建了近半年,想询问扩建后的人民路什么时候正式通车?记者咨询:人民路属于城市主要道路修改扩建工程之一,记者咨询到枣庄市政部门,工作人员王先生告诉记者,扩建后的人民路东到东外环,西到西外环,现在道路扩建工程的部分路段还处于沥青铺设阶段,还需一个月左右才能正式通车。', 'zjj', '山东省', '枣庄市', null],
]
