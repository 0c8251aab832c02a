// batch 14 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://js.people.com.cn/n2/2022/1124/c360303-40208077.html', '人民网-江苏频道', '2022-11-24', '南通主城区静默3天?官方回应:系谣言', '人民网南京11月24日电 11月23日,微信群内流传一则消息,内容提到“崇川区本周五至周日全城实行3天静默管理”,引发社会关注。', 'wjw', '江苏省', null, null],
['http://jubao.my399.com/content/2020-07/25/content_2657436.htm', '界面新闻', '2020-07-25', '江苏省常州市将开闸泄洪?官方辟谣', '据@江苏省互联网举报中心微博消息,近日,一则“常州市将开闸泄洪,届时北港作为低洼地带将造成河水倒灌区域”的“通知”在网上流出,引发网民关注。经常州市网信办核实,网传内容为谣言。常州市防汛指挥部和钟楼区防汛指挥部均未发布相关通知。', 'slj', '江苏省', null, null],
['http://www.abcjf.cn/content-285-8970-1.html', '@蘇州公安', '2022-06-21', '辟謠|“蘇州發生連環殺人案”系謠言,警方通報來了', '近日,網絡流傳蘇州發生連環殺人案,經警方調查,此為謠言。 經查,網上流傳的四段視頻中,其中三段分別為今年以來發生在姑蘇區平江路河、護城河相門段,蘇州工業園區獨墅湖的溺水身亡事件,均已排除他殺。另一段網傳在體育場汽車內死亡視頻發生在外地。', 'gaj', '江苏省', null, null],
['http://p.safehoo.com/News/News/China/201106/189990.shtml', 'safehoo.com', null, '', '6月27日傍晚,浙江省绍兴市区一高层住宅发生火灾,20多人被救援人员紧急疏散。', 'yjj', '浙江省', null, null],
['http://zjnews.zjol.com.cn/05zjnews/system/2011/07/27/017712909.shtml', '浙江日报', '2011-07-27', '黄岩一塑料厂突发大火 火场抢出六条生命', '浙江日报讯7月26日下午4时许,台州市黄岩区消防部门接到报警,位于南城工业园区的一家塑料厂发生火灾事故,8人被困。', 'yjj', '浙江省', null, null],
]
