// batch 7 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://zhishi5.com/shehui/202009/51780.html', '半岛都市报', '2020-09-01', '突发!凌晨,一声巨响!青岛一居民楼疑似发生燃气闪爆,有人受伤…', '9月1日凌晨4时30分许,一声巨响,青岛宁夏路201号一居民楼4楼疑似发生燃气闪爆。', 'yjj', '山东省', '青岛市', null],
['http://isa-hsse.com/index.php?a=show&catid=211&id=28022', 'isa-hsse.com', null, '青岛裕源大厦发生一起燃气爆燃 无人员伤亡', '今天上午,位于青岛香港西路的裕源大厦东侧中部位置发生一起燃气爆燃事故,从楼体外部看,有十几米长的一排玻璃窗受损,碎玻璃洒落一地。目前,公安、消防正在现场处理。事故没有造成人员伤亡,事故原因正在调查之中。', 'yjj', '山东省', '青岛市', null],
['https://airc.cn/domestic/19808.html', '荣成市融媒体中心', null, '荣成市启动为烈属军属和退役军人等家庭悬挂光荣牌活动', '1月31日,荣成市为烈属、军属和退役军人等家庭悬挂光荣牌启动仪式在寻山街道青鱼滩社区举行。市政府副市长马一东参加活动。', 'tyjrj', '山东省', '威海市', '荣成市'],
['http://www.longlizno.com/news/system/2023/03/10/014741718.shtml', 'longlizno.com', '2022-09-28', '', '2022年9月28日,山東省萊州市退役軍人事務局以“愛在千年古邑·情暖月季花城”為主題,舉行“山東老兵”萊州志愿服務大隊授旗暨退役軍人優待證發放儀式。', 'tyjrj', '山东省', '烟台市', '莱州市'],
]
