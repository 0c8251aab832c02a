// batch 13 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://www.cnr.cn/newscenter/native/city/20210112/t20210112_525388644.shtml', '央广网', '2021-01-12', '', '央广网烟台1月12日消息(记者刘海奎)1月11日晚,烟台市政府新闻办微博@烟台发布 发布消息称,2021年1月11日晚8时48分,烟台市委接栖霞市委报告:1月10日下午2时,位于栖霞市西城镇正在建设的五彩龙金矿发生爆炸事故,冲击波将井通梯子间损坏,罐笼无法正常运行。', 'yjj', '山东省', '烟台市', '栖霞市'],
['http://sd.sina.com.cn/news/b/2016-06-03/detail-ifxsvenx3169779.shtml?from=sd_cnxh', '新浪山东', '2016-06-03', '', '5月31日,泰安市民赵先生到迎胜派出所报警,称在中心医院就诊时,停放在中心医院门诊楼前的汽车一汽威乐被盗了。', 'gaj', '山东省', '泰安市', null],
]
