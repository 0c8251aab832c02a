// batch 3 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://zx.movesh.com/p.asp?h=%2Fsh%2F2026%2F02-08%2F10568240.shtml', '中国新闻网', '2026-02-08', '重庆治理欠薪冬季行动已追讨薪资1.4亿元', '中新网重庆2月8日电 (记者 钟旖)记者8日从重庆市人力资源和社会保障局获悉,自2025年11月1日重庆启动治理欠薪冬季行动以来,该市通过统筹部署、部门联动、数字赋能、严打严治,截至目前已为1.1万名劳动者追回工资1.4亿元,切实守护劳动者“钱袋子”。', 'rsj', '重庆市', null, null],
['http://www.jrcq.com/viewnews/60-603.html', '中新重庆网', '2013-02-14', '重庆奉节:农民工喜领拖欠工资愉快过节', '中新重庆网2月6日电(通讯员 龙在林 张鑫鹏)“这笔钱发得是时候,购年货不需顾虑了。”近日,重庆奉节农民工贺世刚在该县集中发放拖欠工资现场表示。', 'rsj', '重庆市', null, null],
['https://yascdc.com/post/116.html', 'yascdc.com', null, '', '9月11日,国务院新闻办公室举行“高质量完成‘十四五’规划”系列主题新闻发布会,国家卫生健康委主任雷海潮介绍,我国建成世界上规模最大的疾病预防控制体系和医疗服务体系疾病预防 。到2024年底,全国医疗卫生机构总量达109万所,居民在15分钟内,基本能到达最近的医疗服务点。另外,卫生服务的人力资源不断扩增,到去年底已经达到1578万,为老百姓提供更好的卫生健康服务创造良好的条件。', 'wjw', null, null, null],
]
