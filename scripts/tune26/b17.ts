// batch 17 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://guangzhou.baogaosu.com/xinwen/%E5%B1%B1%E4%B8%9C%E6%BB%A8%E5%B7%9E%E4%B8%8A%E5%9D%9F%E5%BC%95%E5%8F%91%E5%A4%A7%E7%81%AB/34370999', '新华社', '2015-06-19', '山东滨州:上坟引发大火', '6月18日,消防人员在进行灭火作业。当日,滨州市滨城区杨柳雪镇大赵村一村民上坟过程中不慎引发火灾,大火蔓延至村内一废品收购站,引燃该收购站内部分房屋及堆积废品,瞬间火光冲天,浓烟滚滚。所幸,经消防人员全力抢救,火灾未造成人员伤亡。新华社发', 'yjj', '山东省', '滨州市', '滨城区'],
['http://chinanews.com.cn/gn/2010/09-08/2518740.shtml', '中国新闻网', '2010-09-08', '', '中新社北京9月8日电 (记者 周音)记者8日凌晨从中国交通运输部获悉,7日23时,山东东营胜利油田作业3号平台突然倾斜45度,致4人落入大海,另外32人受困该平台。有关方面正在全力组织救援。', 'jtysj', '山东省', '东营市', null],
]
