// batch 16 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://v.iqilu.com/sdws/sdxwlb/2020/1215/4864653.html', '齐鲁网', '2020-12-15', '', '【导语】昨天,《今日聚焦》栏目报道了济南市莱芜区一家储煤场,防尘设备沦为摆设,当地迅速整改。', 'sthjj', '山东省', '济南市', '莱芜区'],
['https://epaper.qlwb.com.cn/qlwb/content/20150728/ArticelY02005FM.htm', '齐鲁晚报', '2015-07-28', '张店取缔59处不合格储煤场', '本报7月27日讯(记者 刘晓 通讯员 马洪发 董兆风) 今年以来,张店区把煤炭清洁利用列为全区的“十大专项行动”重点工作之一,对辖区内储煤场进行专项整治。目前已检查146处,取缔不合格储煤场59处。', 'sthjj', '山东省', '淄博市', '张店区'],
['https://yybnet.net/weifang/news/201704/6038328.html', '潍坊晚报', '2017-04-22', '绿化带内摆摊园林部门来清理', '本报讯近日,有市民反映,在城区福寿西街和平路至向阳路路段有摊贩在绿化带内摆摊,一些绿化植物遭了殃。4月20日,潍城区园林处的工作人员到现场查看并进行了处理。', 'cgj', '山东省', '潍坊市', '潍城区'],
['http://wfwb.wfnews.com.cn/content/20160225/Articel08004EL.htm', '潍坊晚报', '2016-02-25', '污水结冰放倒人', '本报讯 2月24日,不少市民给本报打来电话称,城区通济门附近有不少污水,因为天气较冷已经结冰,有不少市民在此滑倒,希望相关部门尽快处理。', 'cgj', '山东省', '潍坊市', null],
]
