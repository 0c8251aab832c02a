// batch 2 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://www.p146.com/news/m/2013-07-08/070430492.html', '齊魯網', '2013-07-07', '', '齊魯網7月7日訊 據山東廣播電視臺電視生活頻道《生活幫》報道,這幾天,氣溫都到了三十多度。很多人都不愿意出門,宅在家里。這么熱的天氣,要是家里缺水,那可就麻煩了。聊城高唐的不少觀眾反映他們小區三樓以上住戶供水出了問題。', 'slj', '山东省', '聊城市', '高唐县'],
['http://www.cvworld.cn/news/bus/ways/110922/40265.html', '第一商用车网', '2011-09-22', '山东济宁开展公路客运百日整治行动', '2011年9月20日为山东省公路客运交通安全百日集中整治暨华东片区六省一市区域联动专项集中整治统一行动日。', 'gaj', '山东省', '济宁市', null],
]
