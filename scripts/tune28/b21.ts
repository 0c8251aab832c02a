// batch 21 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://www.lawtime.cn/info/shipin/shijian/20110914181673.html', '楚天都市报', null, '湖北襄樊一学校22名学生在食堂就餐后现中毒症状', '17日下午,襄樊市襄阳区东津镇一小学的学生们在学校食堂吃饭后,出现腹痛、恶心等症状。经紧急处理,至昨晚,中毒学生均已出院。', 'scjgj', '湖北省', null, null],
['http://news.sina.com.cn/c/edu/2006-10-09/095610187916s.shtml', '武汉晚报', '2006-10-09', '我省通报三起食物中毒事件', '汉网消息 (记者 屈建成 通讯员 梁炜)新学期开学以来,蕲春、巴东、老河口部分中小学校相继发生食物中毒事件,共有125名师生中毒,并且均没有及时向省教育厅上报。昨日,省教育厅通报了这三起食物中毒事件,并对事发学校校长通报批评。', 'jyj', '湖北省', null, null],
]
