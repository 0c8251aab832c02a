// batch 4 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://m.jcczx.com/xp/c135305/202409/6a6391ecef904e07b6bd09f9b0c91b8b.shtml', '漵浦縣融媒體中心', null, '', '9月26日,縣住房和城鄉建設局黨組書記、局長李健康帶隊來到12345政務熱線平台接聽群眾來電。傾聽民意訴求,回應民生關切,現場答複、解決群眾反映的急難愁盼問題。', 'zjj', '湖南省', null, null],
['http://www.hbcic.net.cn/xw/fzdt/hg/156831.htm', '湖北省住房和城乡建设厅', '2019-04-30', '罗田:县城管局及时解决市民热线投诉问题', '4月29日下午,市民周先生通过县政府“12345”市民服务热线反映,罗田县五馆四中心原植物厂对面油脂厂厂址处有非法车辆随意倾倒的建筑垃圾,堆成了几处垃圾山。罗田县城管执法局渣土办执法人员接到通知后迅速前往现场,及时与投诉人及三里桥村干部沟通了解情况,并联系挖机,铲除现场建筑垃圾。', 'cgj', '湖北省', null, null],
['http://dqlf.gov.cn/longfeng/hudong5/202507/c05_383673.shtml', '大庆市龙凤区人民政府', null, '', '6月份我区共收到“百湖民声网络问政平台”网民留言197条;与上月相比减少了4条。本月网络问政内容涉及我区23个单位部门,回复率100%。', '', '黑龙江省', null, null],
['http://epaper.632news.com/zzrb/html/2017-08/14/content_88716.htm', '枣庄日报', '2017-08-14', '峄城:河道清淤后及时供水', '黄先生:峄城区古邵镇西沿河村停水好几天,影响村民生活,请求相关部门处理。', 'slj', '山东省', '枣庄市', '峄城区'],
]
