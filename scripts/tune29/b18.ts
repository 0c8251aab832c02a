// batch 18 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://www1.shijuea.com/xgyy/2483.html', '齐鲁网·闪电新闻', null, '', '齐鲁网·闪电新闻12月5日讯12月5日,聊城市政府召开例行新闻发布会,市医保局党组成员、副局长罗本江出席并通报了今年以来市医保局打击欺诈骗保的主要工作和工作成果。', 'ybj', '山东省', '聊城市', null],
['https://sd.cnipai.com/news/detail/109180.html', '工业园网', '2015-10-28', '德州(禹城)高新区成功升级国家高新技术产业区', '近日,国务院正式批复德州(禹城)高新技术产业开发区正式升级为国家高新技术产业区。这也是全国第六家、全省第一家设在县级城市的国家高新技术产业开发区。', 'kjj', '山东省', '德州市', '禹城市'],
['https://m.yybnet.net/heze/news/202010/10939528.html', 'yybnet.net', '2020-10', '省工信厅调研组来菏调研', '本报讯 (记者 孔博)10月17日至18日,省工业和信息化厅副厅长孔庆成一行来菏泽市开展扩大制造业投资、推进高质量发展专题调研,并与菏泽市部分装备制造业企业、民营企业和中小企业负责人进行座谈交流。', 'gxj', '山东省', '菏泽市', null],
]
