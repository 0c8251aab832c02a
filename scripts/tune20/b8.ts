// batch 8 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://www.isunte.cn/p/31792.html', '青島日報/觀海新聞', null, '', '青島日報社/觀海新聞11月16日訊 公廁是文明的窗口,是一座城市必不可缺的環境衛生設施。您對工作生活地點周邊的公廁管理服務滿意嗎?您在公廁遇到過什么不方便的事嗎?本周三上午9:00-11:00,青島市城市管理局“星期三問城管”將針對“公廁管理”問題,接聽市民來電,聆聽意見建議,傾聽群眾呼聲,解決百姓訴求。', 'cgj', '山东省', '青岛市', null],
['http://12345.e23.cn/html/2012/dhfk_0730/7168.html', '济南12345', '2012-07-30', '', '槐荫区经七路588号党校宿舍西南方向,原五里牌坊菜市集位置正在修路,夜间施工非常扰民,请相关部门协调处理。', 'zjj', '山东省', '济南市', '槐荫区'],
['https://www.tangshan.gov.cn/zhuzhan/szxxhb/20170601/400041.html', '唐山市人民政府', '2017-05-23', '群众反映:施工扰民问题', '路北区公园意境小区居民反映,小区北面北新道上正在铺设管道,昼夜施工扰民严重,希望有关部门调查处理。', 'cgj', '河北省', null, null],
]
