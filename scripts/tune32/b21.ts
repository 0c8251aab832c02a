// batch 21 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://travel.qlwb.com.cn/detail/26376610.html', '齐鲁晚报·齐鲁壹点', null, '', '7月18日上午,威海市政府新闻办举行新闻发布会。威海市卫生健康委党组书记、主任,威海市中医药管理局局长王文,威海市教育局党组成员、副局长吴大明,威海市卫生健康委党组副书记、副主任杨正辉,威海市卫生健康委党组成员,威海市计划生育协会常务副会长石殿松,环翠区卫生健康局党组副书记、环翠区疾病预防控制中心党支部书记岳善峰,介绍威海市深入实施健康威海行动全力护佑群众健康工作有关情况。', 'wjw', '山东省', '威海市', null],
['https://m.yybnet.net/yantai/laizhou/201708/6496372.html', 'yybnet.net', '2017-08', '中央环保督察组向烟台市转办第十九批35件信访件', '本报讯昨日下午,烟台市接到中央第三环境保护督察组转办的第十九批信访件,共计35件,其中来电举报13件,来信举报22件。', 'sthjj', '山东省', '烟台市', null],
]
