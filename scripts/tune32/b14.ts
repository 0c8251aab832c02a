// batch 14 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://dzb.dezhoudaily.com/shtml/dzrb/2022/20220822/885572.shtml', '德州日报', '2022-08-22', '庆云路网联通更便捷、民生福祉更有保障——城市扩容提质按下“快进键”', '高楼林立,道路通畅,绿树成荫,花草相间……行走在庆云县城区的大街小巷,风景宜人,城市建设日新月异,一座宜居宜业的新城正在崛起。', '', '山东省', '德州市', '庆云县'],
['https://yybnet.net/liaocheng/linqing/201802/7004028.html', 'yybnet.net', '2018-02', '', '本报讯2月1日,市委副书记陈平到东昌府区、临清市、冠县等地督导“路长制"工作推进情况。他强调,要坚定信心、落实责任、持续发力,争取尽快完成工作任务,为打造美丽公路奠定基础。', 'jtysj', '山东省', '聊城市', null],
['http://ethelie.net/yaowen/liaochengzhengqing/20220331/15227.html', '聊城日报', '2022-03-31', '张百顺带队开展漳卫河巡河工作', '本报讯(记者 林晨)3月30日上午,市委副书记、市副总河长、漳卫河市级河长张百顺带领有关单位负责同志,到漳卫河临清段、冠县段开展巡河工作。副市长、临清市委书记刘培国参加活动。', 'slj', '山东省', '聊城市', null],
['https://m.yybnet.net/liaocheng/donga/201711/6754679.html', 'yybnet.net', '2017-11', '东阿阿胶景区要创国家5A级景区', '本报讯(记者 赵宗锋王丽娜)在23日上午召开的市政府例行新闻发布会上,东阿县委常委、常务副县长江绍华在介绍东阿全域旅游重点项目建设工作时表示,东阿正实施“五大片区"建设(阿胶养生核心区、沿黄养心休闲度假区、沉沙池休闲湿地度假区、济聊一级生态农业区、历史民俗体验区),打造全域旅游产品。', 'whlyj', '山东省', '聊城市', '东阿县'],
]
