// batch 11 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://fashionlife.net.cn/a/society/20130917/29696.html', 'fashionlife.net.cn', '2013-09-17', '', '本报济南9月16日讯(记者 高扩) 日前,山东省纪委、省监察厅对6起违反中央八项规定精神和省委实施办法的典型问题发出通报,其中4起问题涉及公车私用,剩余2起分别为公款聚餐、为儿子操办婚礼借机敛财。', '', '山东省', null, null],
['http://dongying.dzwww.com/dyxw/202110/t20211015_9294863.htm', '大众网·海报新闻', '2021-10-15', '', '10月15日14时51分,东营市气象局继续发布寒潮蓝色预警信号:预计15日夜间到17日,东营市将出现寒潮天气,过程降温幅度8~10℃,最低气温2~4℃,出现在17日早上,有霜冻。15日夜间到16日,偏北风内陆地区4~5级阵风7级。', '', '山东省', '东营市', null],
['http://dzwww.com/2020/mrx/yw/202009/t20200921_6650114.htm', '大众日报', '2020-06-08', '总书记的牵挂|济南三涧溪村党组织当好乡村振兴“火车头”', '济南市章丘区双山街道三涧溪村,施工队顶着明晃晃的日头,在村东头古村旅游综合体工地里挥汗如雨,一位忙着砌墙的村民说:“高书记每天早上五点钟就来转悠,一天至少转悠五六趟。”', '', '山东省', '济南市', '章丘区'],
]
