// batch 6 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://sd.ifeng.com/education/jiaoyuzixun/detail_2013_03/30/674189_0.shtml', '齐鲁网', '2013-03-30', '大货车山东协和学院门口冲进人群 致2死2伤', '齐鲁网济南3月29日讯(记者孔冠军)今天下午5点钟左右,山东协和学院郭店校区门口发生惨烈一幕,一辆大货车突然冲向人群,致1人当场死亡,其中一名学生经抢救无效死亡,2人受伤。', 'gaj', '山东省', '济南市', null],
['http://www.cnread.news/amp/article/2681196.html', '齐鲁晚报·齐鲁壹点', null, '透視南山違建別墅群:建成十幾年倒手兩三次拆了5小時', '5月11日,濟南終於向“後花園”中的違建別墅開刀。當日濟南出動近700人,開始拆除位於南山管委會西營鎮大南營村青龍峪片區內的違建別墅。此次違建別墅群建設於2003年,總數超過150棟,分為3片。', 'cgj', '山东省', '济南市', '历城区'],
['http://m.xb824.com/politics/2018-09/07/c_1123396659.htm', '新华网', '2018-09-07', '應急管理部:1至8月全國事故總量、重特大事故保持較大幅度下降', '新華社北京9月7日電(記者 葉昊鳴)記者7日從應急管理部了解到,今年1至8月份全國安全生產形勢總體平穩,事故總量、較大事故、重特大事故同比保持較大幅度下降。', 'yjj', null, null, null],
]
