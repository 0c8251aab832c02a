// batch 21 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://sxncb.joyhua.cn/sxncb/20200429/html/page_06_content_007.htm', '陕西农村报', '2020-04-29', '华阴市:对过期食品“零容忍”', '本报讯(王渭 周思宇)近日,华阴市市场监管局在全市范围内开展了为期10天的农村、校园周边及批发市场过期食品专项检查,切实消除食品安全隐患,维护食品市场秩序,保障人民群众身体健康和生命安全。', 'scjgj', '陕西省', null, null],
['http://china-news8.blogspot.com/2010/09/blog-post_5355.html', 'china-news8.blogspot.com', '2010-09-02', '过期食品立即下架', '开学之际,西安市工商未央分局出动30人的综合执法队伍对辖区8所中小学周边展开环境检查。', 'scjgj', '陕西省', null, null],
['http://swbd.cn/jiaoyu/94651.html', 'swbd.cn', '2020-03-30', '', '3月25日,四川省教育厅发布了《关于2020年春季学期开学有关事项》的通知,全省高三年级(含已报名参加高考的中等职业学校毕业年级学生)原则上由省上统筹于4月1日开学,有条件的学校应实行封闭式管理;初三年级由各市(州)统筹确定,可安排于4月7日开学复课。', 'jyj', '四川省', null, null],
]
