// batch 10 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://m.yaozui.com/p/392695', 'm.yaozui.com', null, '', '9月9日, 荣成市2017年“服务百姓健康”行动公共场所大型义诊暨“中医中药中国行”——中医药健康文化推进行动在荣成市滕家镇中心广场成功举办。市卫计局相关领导到现场进行了指导。', 'wjw', '山东省', '威海市', '荣成市'],
['https://sjb.qlwb.com.cn/qlwb/content/20131105/ArticelQ0607009FM.htm', '齐鲁晚报', '2013-11-05', '', '为深入贯彻青岛市“服务百姓健康”大型义诊活动,进一步提升李沧区医疗卫生服务质量和水平,建设人民满意的医疗服务体系,切实提高人民群众的健康水平和满意度,日前,李沧区卫生局启动了深化“服务百姓健康”义诊(宣传)活动。', 'wjw', '山东省', '青岛市', '李沧区'],
['https://whly.ln.gov.cn/whly/wlzt/lnwhsczhzf/2025012616145580082/index.shtml', '辽宁省文化和旅游厅', '2025-01-26', '', '为给锦城市民营造安全规范、繁荣有序的文旅市场环境,春节前夕,锦州市文化执法队旅游大队、文物大队对A级景区、文物保护单位开展执法和安全生产联合检查工作。', 'whlyj', '辽宁省', null, null],
['http://www.gdmsci.cn/article/WHfKJPVqvjum.html', 'gdmsci.cn', null, '', '8月12日電 據文旅之聲微信公眾號消息,為深入貫徹落實黨中央、國務院關於安全生產工作重要決策部署,築牢暑期文化和旅遊領域安全防線,文化和旅遊部於7月中下旬派出多個暗訪組,對天津、內蒙古、遼寧、吉林、黑龍江、甘肅、青海、新疆8個省(區、市)開展暗訪,發現部分地區仍存在安全生產和市場秩序問題,現將有關情況予以通報。', 'whlyj', null, null, null],
]
