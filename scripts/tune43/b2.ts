// batch 2 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://www.chinapeace.gov.cn/chinapeace/c100051/2024-01/03/content_12704833.shtml', '山东长安网', '2024-01-03', '暖心!两派出所深夜联动 4小时救助走失老人', '“我叔叔今年73岁了,中午离开家到现在还没回来,我们都急死了…”近日,山东省淄博市公安局淄川分局淄河派出所接到辖区群众李先生的求助电话,称其叔叔因患有疾病,不认识回家的路,现已走失了很长时间,家人都非常着急。', 'gaj', '山东省', '淄博市', '淄川区'],
['https://ny.henance.com/show-49404.html', 'ny.henance.com', null, '', '10月16日上午9时许,社旗县公安局赊店派出所接到报警电话:在世纪广场一商铺前,有一名老人疑似走失。接警后,民警迅速赶赴现场进行处置,根据热心群众提供的信息,民警很快找到迷路的老人,可能是长时间的走路或者站立,老人的精神状态不太好。', 'gaj', '河南省', null, null],
['http://che.qc188.com/news/201310/54705.html', 'che.qc188.com', null, '', '持续高温,也火了泗县的大排档市场,使“酒驾”急剧升温。泗县公安局交警大队近期开展“飓风行动”,半个月即抓住49名“酒鬼”,确保道路交通安全。', 'gaj', '安徽省', null, null],
['http://finance.3news.cn/dsj/2023/0730/1015597.html', 'finance.3news.cn', '2023-07-29', '', '本报7月29日讯 7月28日,受第5号台风“杜苏芮”影响,济南市迎来大范围强降雨天气,致使城区多路段积水严重。17时14分,济南市消防救援支队指挥中心接到群众报警,称历下区长盛小区因突降暴雨导致雨水倒灌进沿街商铺内,有多名人员被困,急需消防到场救援。', 'yjj', '山东省', '济南市', '历下区'],
['https://www.colamg.com/a/wei-fang-shi-ji-kong-zhong-xin-2025nian-4yue-jian-kang-ti-shi.html', 'colamg.com', null, '濰坊市疾控中心2025年4月健康提示', '4月草木蔥蘢、生機勃發。濰坊市疾控中心提示您:注意預防麻疹、水痘、流行性腦脊髓膜炎、百日咳、布魯氏菌病,當心飲食不當引發胃腸道疾病,警惕野生植物中毒,防範花粉和飛絮過敏。', 'wjw', '山东省', '潍坊市', null],
['http://rizhao.dzwww.com/rzxw/201906/t20190621_16962743.html?tdsourcetag=s_pctim_aiomsg', '大众网', '2019-06-21', '日照城乡公交C508路等5条线路部分运行路段临时调整', '大众网日照·海报新闻6月21日讯(记者 邹慧)记者从日照公交能源集团了解到,因314省道(涛汤线)日照段封闭施工,临时封闭涛雒镇(204国道以西)至巨峰镇中学,致使途经该道路的C508路、C116路、C515路、C516路和C528路城乡公交无法正常通行。', 'jtysj', '山东省', '日照市', null],
]
