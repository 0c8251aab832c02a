// batch 17 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://sdfzcm.com/a/jiaotong/20220110/70725.html', '山东法制传媒网', '2022-01-10', '山东省公安厅交管局参加庆祝“中国人民警察节”新闻发布会', '山东法制传媒网:1月7日,山东省公安厅联合省政府新闻办举办全省公安机关第二个“中国人民警察节”主题新闻发布会,厅党委委员、政治部主任王海防出席发布会,通报首个“中国人民警察节”以来全省公安机关履职情况,介绍庆祝第二个中国人民警察节的活动安排。省厅交管局政委刘福宏参加发布会并就2022年春运交通安保工作安排回答了记者提问。', 'gaj', '山东省', null, null],
['http://www.yunhepan.com/news/324469.shtml', '齐鲁网', null, '', '齐鲁网2月25日讯(记者 王厚兵 韩苗苗)山东省公安厅消息,春节期间,山东全省公安机关共出动警力18万人次,保障社会秩序平安稳定。', 'gaj', '山东省', null, null],
['https://www.sdjyxww.com/shandong/62831.html', '山东省教育厅', '2025-06-30', '全省暑期学校安全工作视频会议召开', '6月30日,省教育厅召开全省暑期学校安全工作视频会议,聚焦暑期涉校涉生安全隐患,对学校安全工作进行再强调、再部署、再推进。', 'jyj', '山东省', null, null],
['http://news.qingdaonews.com/zhongguo/2019-08/11/content_20644079.htm', '青岛新闻网', '2019-08-11', '', '根据“山东教育发布”消息,山东省教育厅紧急下发了《山东省教育厅关于进一步做好第9号台风“利奇马”防御工作的紧急通知》。通知要求,台风期间,各中小学、幼儿园一律不得在校内外开展、组织任何集体活动,该撤离的人员必须撤离校园,民办教育机构一律停课。', 'jyj', '山东省', null, null],
]
