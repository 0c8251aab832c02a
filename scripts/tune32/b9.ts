// batch 9 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://weihai.subaoxw.com/sh/2025/0917/191597.html', 'weihai.subaoxw.com', '2025-09-17', '荣成市司法局:织密法律援助“立体服务网” 构筑群众合法权益保障防线', '为满足群众的法律服务需求和多元化的权益保障诉,荣成市司法局进一步创新服务机制,拓展覆盖维度,为群众实现精准化定制服务,切实筑牢人民群众合法权益的保障防线。', 'sfj', '山东省', '威海市', '荣成市'],
['https://m.yybnet.net/yantai/news/202008/10746299.html', 'yybnet.net', '2020-08', '烟台市防空(防灾)警报试鸣通告', '根据《中华人民共和国人民防空法》和《山东省实施<中华人民共和国人民防空法>办法》的有关规定,烟台市人民政府和烟台警备区已于1998年决定每年的8月15日为全市防空(防灾)警报试鸣日。通过警报试鸣,使广大市民进一步熟悉防空、防灾警报信号,不断提高国防观念和增强防空防灾意识。为了确保正常的工作和生活秩序,现将今年警报试鸣的有关事项通告如下:', 'rfb', '山东省', '烟台市', null],
['https://dz24hour.cms.dezhoudaily.com/shouye/p/150072.html', '德州日报', null, '德州市委书记田卫东接听12345市民热线', '6月10日,市委书记田卫东到12345市民热线受理中心接听群众来电。市领导赵学坤参加。', '', '山东省', '德州市', null],
['http://big5.china.com.cn/gate/big5/sd.china.com.cn/a/2016/bzzw_0509/546062.html', '中国网山东', '2016-05-09', '濱州:市長公開電話將更名為“濱州市12345為民服務熱線”', '中國網山東濱州5月9日訊 (記者 張志祥)5月6日下午,全市為民服務中心建設工作會議在博興縣召開,據了解,市長公開電話將更名為濱州市12345為民服務熱線。', '', '山东省', '滨州市', null],
]
