// batch 13 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://epaper.qlwb.com.cn/qlwb/content/20170719/ArticelZ01003FM.htm', '齐鲁晚报', '2017-07-19', '', '连日来,山亭区遭受暴雨袭击,造成多条公路线设施严重损毁。山亭区交通运输局积极应对,全力巡察、维修水毁公路,确保交通安全畅通。', 'jtysj', '山东省', '枣庄市', '山亭区'],
['https://epaper.qlwb.com.cn/qlwb/content/20151218/ArticelZ08003FM.htm', '齐鲁晚报', '2015-12-18', '两座危桥改造后竣工通车', '本报枣庄12月17日讯(通讯员 王磊 记者 甘倩茹) 12月14日,滕州市苏楼中桥、虺城店两座危桥改造工程正式竣工通车。', 'jtysj', '山东省', '枣庄市', '滕州市'],
['http://swhhlyj.zaozhuang.gov.cn/xwzx/qsxx/202101/t20210105_1135590.html', '枣庄市文化和旅游局', '2021-01-05', '', '元旦假期,台儿庄景区运行安全平稳、市场繁荣有序,无旅游安全事故和重大网络舆情、重大旅游质量投诉事件。据统计,假日期间台儿庄区8家开园A级景区共接待游客量超4.79万人次,实现旅游消费总额3544.23万元。在客源省份上,省内游客占比59.53%,省外占比40.47%。', 'whlyj', '山东省', '枣庄市', '台儿庄区'],
['https://news.changshijun.com/125986.html', 'changshijun.com', '2024-04-07', '趵突泉景区保安险被挤下水 幸亏紧抱石柱 景区回应', '4月4日,山东济南。清明节假期趵突泉景区迎来客流高峰,游客摩肩接踵,寸步难行,一眼望去全是人群。现场视频显示一名维持秩序的保安被挤到石台上半身倾斜,紧紧地抱着石柱。5日,趵突泉景区工作人员回应称,今天游客比昨天更多,保安人员没事,已经加强安保措施。', 'whlyj', '山东省', '济南市', '历下区'],
['https://ttnews.xyz/a/5b91eaa4dc9b5e7dc60f3afc?lang=zh-hant', 'ttnews.xyz', null, '災後多條道路需重建,山東省交通廳公路局調集專家來解決', '前些天濰坊壽光多地受災,基礎設施受到損壞,尤其是道路情況,多條道路需要重新修建。為此省交通運輸廳在全省範圍緊急調集60名技術專家,支援濰坊市災區交通運輸災後重建工作。', 'jtysj', '山东省', '潍坊市', null],
['https://m.fybao.cn/detail.aspx?id=32039&itemid=1', 'fybao.cn', null, '', '近期,濟寧市人大對各縣市水污染防治工作進行視察和暗訪、抽查,現將第三批發現問題曝光如下:', 'sthjj', '山东省', '济宁市', null],
]
