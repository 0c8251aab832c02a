// batch 5 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://sc.people.com.cn/BIG5/n2/2022/0906/c345509-40113128.html', '人民網-四川頻道', '2022-09-06', '連夜搜救夜巡 這一幕很暖心', '人民網成都9月6日電 9月5日12時52分,四川省甘孜州瀘定縣發生6.8級地震。地震發生後,雅安市消防救援支隊在瀘定縣燕子溝鎮集結。', 'yjj', '四川省', null, null],
['http://da090.com/xwzx/msyw/201906/t20190618_427028.html', '眉山網', '2019-06-18', '', '眉山網訊(記者 雷同 古良駒 文/圖)6月17日晚上10點55分,四川宜賓發生6.0級地震后,眉山市消防救援支隊、市地震應急救援隊和眉山紅十字會第一時間全力開展有關救援行動。', 'yjj', '四川省', null, null],
['http://chinanews.com.cn//2002-04-23/26/180684.html', '中国新闻社', '2002-04-24', '江西长江段和鄱阳湖春季禁渔工作秩序井然', '中新社南昌四月二十三日电(记者段八一)长江春季禁渔联合执法检查近日结束。江西长江段和鄱阳湖水域春禁秩序井然,禁渔工作获好评。', 'nyncj', '江西省', null, null],
['https://xwwsh.com/forum.php?goto=nextoldset&mod=redirect&tid=23269', 'xwwsh.com', null, '', '江西省农业农村厅发布了《关于在鄱阳湖及长江、珠江江西段实行禁渔期制度的通告》,通告中规定了禁渔范围及禁渔时间。', 'nyncj', '江西省', null, null],
['http://hy163.com/news/ZX409/ZX4281075126679.html', '辽沈晚报', null, '', '辽沈晚报讯 首席记者赵永平报道 4月27日早6时30分,一艘辽宁籍渔船在山东省荣成市石岛港外海域着火沉没,在各方的努力营救下,遇险渔民10人获救,1人失踪。', 'jtysj', '山东省', '威海市', '荣成市'],
['https://news.sohu.com/20060221/n241932409.shtml', '搜狐新闻', '2006-02-21', '', '本报2月20日热线消息一条渔船深夜触礁搁浅,边防干警冒险出海,奋战了4个多小时,终于将4名船员安全救回。', 'gaj', null, null, null],
['https://www.881903.com/news/amp/local/1613658', '商業電台', null, '', '一艘香港註冊貨輪,在山東威海市劉公島對開五百米,準備靠岸時,懷疑撞到礁石擱淺,船身入水。貨輪上廿七名船員安全獲救。事發在清晨六時半,海上搜救中心派出拖船及直升機,到場協助搜救。', 'jtysj', '山东省', '威海市', null],
]
