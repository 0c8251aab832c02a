// batch 16 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://epaper.bzrb.net/bzrb/20240612/html/content_20240612003002.htm', '滨州日报', '2024-06-12', '强化安全意识 提升安全能力 营造安全氛围', '滨州日报/滨州网讯(记者马迪通讯员孙宝柱报道)今年6月是第23个全国“安全生产月”,主题是“人人讲安全,个个会应急——畅通生命通道”。滨州各县市区积极开展形式多样、内容丰富的“安全生产月”活动,进一步强化安全意识、提升安全能力、营造安全氛围。', 'yjj', '山东省', '滨州市', null],
['http://hot.dzwww.com/w_vxJd', '大众网', '2024-11-30', '沾化冬枣·界别同心汇举办“‘枣’想听您说,发展靠大家”社情民意专题协商座谈会', '11月28日,沾化冬枣·界别同心汇举办“‘枣’想听您说,发展靠大家”社情民意专题协商座谈会。区政协主席郭俊峰,区政府副区长沈洪梅,区政协副主席、沾化冬枣产业发展中心主任刘登枝,区政协党组成员吕伟凯出席会议。', 'nyncj', '山东省', '滨州市', '沾化区'],
]
