// batch 16 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://big5.www.gov.cn/gate/big5/www.gov.cn/govweb/jrzg/2009-02/17/content_1234164.htm', '新华社', '2009-02-17', '', '2月17日,幾位返鄉農民工在優先服務窗口前登記求職信息。日前,濟南市職業介紹中心特別設立“返鄉農民工優先服務窗口”,為返鄉農民工提供優先諮詢、優先推薦並優先組織相關培訓等服務,幫助他們順利就業。從春節到現在,濟南職業介紹中心已幫助530多位返鄉務工人員重新找到工作崗位。', 'rsj', '山东省', '济南市', null],
['http://big5.www.gov.cn/gate/big5/www.gov.cn/govweb/jrzg/2013-01/29/content_2321626.htm', '新华社', '2013-01-29', '', '1月28日,返鄉民工在山東省濱州市鄒平縣一家紙管廠工作。春節臨近,8萬餘名山東鄒平籍外出務工人員陸續回到家鄉。節日期間當地需要堅持生産的企業從返鄉民工中招收部分崗位對口的短期工進行補充,以解決外地來鄒平民工返鄉造成的節日用工短缺問題,也使得鄒平籍返鄉民工增加部分收入。', 'rsj', '山东省', '滨州市', '邹平市'],
['https://cy8087.com/html/articlesch01075201709eab3389f-8abd-489f-95db-c63c7c3b6574.shtml.html', 'cy8087.com', '2017-09', '', '本网讯 为认真贯彻落实煤矿安全生产大检查工作要求,,进一步推动煤矿企业主体责任落实,全面强化煤矿安全生产标准化建设,为党的十九大胜利召开营造稳定的安全生产环境。鲁南分局与枣庄市安全生产委员会联合开展全市煤矿安全生产专项整治行动。', 'yjj', '山东省', '枣庄市', null],
['http://bid.caigoupt.com/info-246963544.html', 'bid.caigoupt.com', null, '辽宁[赛马镇] 开展关闭煤矿巡查工作', '为加大对关闭煤矿的安全监管力度,杜绝偷采盗采行为发生,确保社会安全稳定,近日,赛马镇镇长赵如鑫带领分管安全副镇长孙朋及应急办工作人员对关闭煤矿开展安全巡查工作。', 'yjj', '辽宁省', null, null],
]
