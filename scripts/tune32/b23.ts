// batch 23 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://www.rongcheng.gov.cn/art/2020/5/2/art_40742_2313014.html', '荣成市融媒体中心', '2020-05-02', '归港休渔', '4月29日,在石岛渔港,渔船纷纷归港卸货,准备休渔。', 'hyj', '山东省', '威海市', '荣成市'],
['http://sd.sdnews.com.cn/sdgd/202202/t20220223_3023870.htm', '鲁网', '2022-02-23', '聊城启动古城区违建阳光房拆除工作 维护古城历史文化风貌', '鲁网2月23日讯(记者 庞孝君)2月21日下午,聊城市城市管理局在聊城市水上古城置业有限公司召开古城区违建阳光房拆除动员会,就古城区违建阳光房的拆除作了动员部署,确保拆除行动取得实效。', 'cgj', '山东省', '聊城市', null],
['http://liaocheng.iqilu.com/lcminsheng/2017/1211/3776219.shtml', '齐鲁网', '2017-12-11', '聊城度假区依法拆除201处违法建筑 占地面积约6万平米', '齐鲁网聊城12月11日讯(记者 左新新 通讯员 赵明 张昊 朱文鹏)近日,聊城市江北水城旅游度假区组织住建、公安、执法大队、湖西街道等部门联合执法,集中对湖西街道东钱村违法建筑进行依法拆除,现场共拆除违法建筑201处。', 'cgj', '山东省', '聊城市', null],
]
