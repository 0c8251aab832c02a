// batch 2 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://www.zysbs.cn/html/zhoubian/liaocheng/2020_04/26/4360843.html', '聊城日报', '2020-04-26', '严防小麦条锈病扩散蔓延', '4月17日,全市小麦条锈病防控工作视频会议召开。副市长任晓旺出席会议。', 'nyncj', '山东省', '聊城市', null],
['https://zgcxtc.cn/news/271931.html', '城乡统筹发展网', '2024-01-04', '九旬老人迷路困山林 云阳民警徒步背下山', '2024年1月1日晚21时许,重庆市云阳县公安局桑坪派出所接到一起紧急求助电话,称一年逾九旬的老人于当日早上走失,各方寻找无果。', 'gaj', '重庆市', null, null],
['https://cq.cri.cn/chinanews/20180122/c00da1fa-fa5d-7951-1a3f-f10d451d8667.html', '国际在线', '2018-01-22', '七旬老人走失近30小时 渝北民警黑夜冒雨解救', '国际在线重庆频道消息:近日,重庆渝北区公安分局两路派出所值班民警接到市民刘先生报警求助,称其75岁且患有轻度老年痴呆症的父亲,报警前一天9时许独自从渝北区汉渝路某小区家中出走后,至今杳无音讯。', 'gaj', '重庆市', null, null],
['https://zhuankou.com/zhuankou-15903-1.html', 'zhuankou.com', '2022-02-20', '疏堵结合!武汉经开区城管划出“便民市场”治理占道经营乱象', '“太感谢你们了!现在我们有专门的经营场所了!”2月18日上午9时,车谷中航锂电项目工地附近35家商户带着锦旗和感谢信,来到武汉经开区纱帽街道综合执法中心表达谢意。', 'cgj', '湖北省', null, null],
['http://www.hbcic.net.cn/info/wcm/60748.htm', '湖北省建设信息中心', '2015-06-26', '宜昌:城管联动整治市容顽疾', '本网讯 通讯员陈武报道:出店经营、夜市占道随着盛夏来临开始逐步反弹,宜昌市城管局通过三峡晚报曝光后继续对整改情况进行督察。6月23日,宜昌市城管局及伍家岗区城管局联合组织并出动百余人的联合执法专班,对违规占道经营的摊点及夜市进行了集中治理。', 'cgj', '湖北省', null, null],
]
