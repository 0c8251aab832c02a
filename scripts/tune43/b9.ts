// batch 9 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://sd.sdnews.com.cn/yw/201108/t20110806_3505.htm', 'sd.sdnews.com.cn', '2011-08-06', '济铁:“梅花”或导致部分列车晚点或停运', '记者5日从济南铁路局获悉,台风“梅花”可能影响京沪高铁、胶济客运专线等旅客列车运行,造成列车晚点或停运。', '', '山东省', null, null],
['http://www.guocaisb.com/shandong/sdnews/201701/t20170119_15454370.htm', '半島都市報', '2017-01-18', '', '半島都市報1月18日訊 從湖南來青島過年的王先生日前帶著妻子到海邊賞海景,因不懂潮汐竟不知不覺被漲潮海水困在礁石上,兩人“走投無路”后只得報警求助。嶗山警方調集麥島派出所、中韓邊防派出所合力施救,最終將兩名游客救出。', 'gaj', '山东省', '青岛市', '崂山区'],
['https://gansu.gansudaily.com.cn/system/2022/09/22/030631293.shtml', '每日甘肃网', '2022-09-22', '成县公安局:集中返还群众被骗资金36万余元', '每日甘肃网9月22日讯 据陇南日报报道(记者张卓宁)近日,成县公安局举行仪式,将近期破案追回的36万余元电信网络诈骗涉案资金集中返还给10名受骗群众。', 'gaj', '甘肃省', null, null],
['http://epaper.legaldaily.com.cn/fzrb/content/20220112/Articel08006GN.htm', '法治日报', '2022-01-12', '图片新闻', '1月10日上午,福建省莆田市公安局召开新闻发布会,通报2021年打击电信网络诈骗犯罪情况,并举行电信网络诈骗受害群众代表被骗资金返还仪式。', 'gaj', '福建省', null, null],
['http://news.qingdaonews.com/zhongguo/2019-08/06/content_20618275.htm', '齐鲁壹点', '2019-08-06', '日照突降大雨 有的村积水齐腰深 千余村民被转移', '8月5日6时至7时,日照市东港区出现短时强降雨,最大降雨量225毫米,三庄镇、西湖镇部分村庄受灾。大雨造成西湖镇大花崖村失踪1人,铨元村失踪1人,救援人员正在搜救。', 'yjj', '山东省', '日照市', '东港区'],
['http://sd.subaoxw.com/zh/2023/0919/131513.html', '山东商报·速豹新闻网', '2023-09-19', '', '19日,山东省水利厅和山东省气象局9月19日联合发布山东省山洪灾害气象预警:', 'slj', '山东省', null, null],
]
