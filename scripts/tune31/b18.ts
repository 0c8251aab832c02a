// batch 18 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://wfwb.wfnews.com.cn/content/20140705/Articel07003EL.htm', '潍坊晚报', '2014-07-05', '', '本报讯 7月3日,多名市民向本报反映,奎文区福寿东街与鸢飞路交叉口南北两侧公交站点,站牌标反了站序,有人被误导乘错了车。', 'jtysj', '山东省', '潍坊市', '奎文区'],
['http://www.360elib.com:2027/detail.aspx?NewsCode=NC919&NewsId=74068096&OrgId=001', '360elib.com', null, '记者协调解民忧 污水横流问题已解决', '本报讯(记者 刘晓梅)日前,市民耿先生向本报反映,奎文区工福街与四平路交叉口附近的人行道上污水横流,给过往行人通行带来不便,“我已经向相关部门反映过多次,一直不见有人来处理”。记者介入协调,目前这一问题已经得到解决。', 'cgj', '山东省', '潍坊市', '奎文区'],
['https://zhengguannews.cn/news/380019.html', 'zhengguannews.cn', null, '', '“农业路北侧这一段路的路灯已经亮起,效率很高,感谢‘城市服务台’的关注,夜晚下班骑行安全多了。”7月4日,郑州发布·郑在办“城市服务台”接到粉丝留言,反映农业路(勤工路—信息学院路)北侧的路灯不亮,附近居民夜晚出行不便,希望相关部门尽快点亮路灯。', 'cgj', '河南省', null, null],
]
