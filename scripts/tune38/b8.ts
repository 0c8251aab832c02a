// batch 8 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://freewechat.com/a/MjM5NzM3MjU1Mg==/2652010880/2', '期货日报', '2021-10-06', '苹果遭殃了!冰雹大如鸡蛋,“十一”突袭烟台、蓬莱,一线传来最新受损情况!长假期间产区天气都不“友好”', '“十一”当天,烟台、蓬莱等苹果产地突降冰雹!', 'yjj', '山东省', '烟台市', null],
['http://ppfzhyw.com/politics/2019-05/11/c_1124481413.htm', '新华网', '2019-05-11', '山东寿光:一棵“菜”兴一座城', '从空中俯瞰,东经118°32′-119°10′、北纬36°41′-37°19′的地理坐标内,连片的蔬菜大棚星罗棋布,艳阳下灿若“白色海洋”。', 'nyncj', '山东省', '潍坊市', '寿光市'],
]
