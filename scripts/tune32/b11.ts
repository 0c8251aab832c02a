// batch 11 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://epaper.bzrb.net/bzrb/20180611/html/page_06_content_003.htm', '滨州日报', '2018-06-11', '', '滨州日报/滨州网讯(记者 任斐 通讯员 李盈宁 报道)为防控道路扬尘污染,给市民创造良好的生活环境,自5月27日起,市城管监察支队启动专项整治行动,对市城区建筑工地夜间施工扰民及渣土车辆撒漏、带泥上路等现象进行集中整治。此次专项整治将持续至6月15日。', 'cgj', '山东省', '滨州市', null],
['https://sd.news.163.com/19/1109/10/ETHL2BTP04378ENJ.html', 'sd.news.163.com', '2019-11-09', '', '距离11月15日正式集中供暖还有不到一周的时间,德州市供热工作进入倒计时临战状态。11月8日,德州市委常委、常务副市长刘长民深入中心城区部分单位社区,督导检查中心城区供热工作。', 'zjj', '山东省', '德州市', null],
]
