// batch 4 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://sd.sina.com.cn/news/2021-04-30/detail-ikmxzfmk9847054.shtml?from=sd_ydph', '大众日报客户端', '2021-04-30', '山东民生领域案件“铁拳”行动公布一批典型案例', '4月30日,记者在山东省市场监管局召开的全省部署开展民生领域案件查办“铁拳”行动电视电话会议上了获悉,在全省组织开展2021民生领域案件查办“铁拳”行动中,全省各级市场监管部门坚持“快准严”理念,严格落实“四个最严”要求,针对群众反映强烈、社会舆论关注的突出问题,集中优势兵力,精准重拳出击,依法严查严办违法案件,加大案件曝光力度,有效震慑违法犯罪行为。', 'scjgj', '山东省', null, null],
['https://m.yybnet.net/shandong/news/202111/11620427.html', 'yybnet.net', null, '以雪为令!山东公安全力护平安', '11月7 日,山东省迎来了入冬以来的第一次降雪。寒潮、暴雪、道路结冰三预警齐发,受风雪影响,道路交通护栏、交通标志标牌被吹倒一大片,树枝横卧道路影响通行,给群众的生产生活带来很大的影响,全省各级公安机关迅速作出部署,广大公安民警辅警在岗在位,战雨雪、保安全。', 'gaj', '山东省', null, null],
['https://www.163.com/dy/article/H4DD8G470516DPCK.html', '山东教育发布', null, '', '近日,微博上流传的《山东省教育厅关于泰安市开学延迟的通知》(鲁教办字〔2022〕7号)引发网友关注。经核查,山东省教育厅从未发布该内容文件,特此辟谣。', 'jyj', '山东省', null, null],
['http://52maoyanshi.com/News/1276120.html', '農業網', null, '', '從近日召開的山東省春季田管暨春耕備耕工作視頻會議上獲悉,今年山東小麥播種面積保持在6000萬畝以上,小麥冬前苗情總體較好,但旺苗面積大,遭受干旱、低溫凍害、病蟲草害等災害風險高。該省要求重點防范春旱和“倒春寒”風險,切實把災害損失降到*。', 'nyncj', '山东省', null, null],
['http://m.jzhhw.cn/shichanghangqing/42688.html', '山東植保信息網', '2011-06-10', '', '5月12日,省植保總站盧增全站長帶領由農業有害生物測報和防治人員組成的專家組,赴威海對農業有害生物種類調查進行考察督導。', 'nyncj', '山东省', '威海市', null],
]
