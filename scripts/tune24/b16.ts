// batch 16 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://yanhaiwang.com/view.php?id=7031', '威海网', null, '威海:环翠区整治14个旧生活区 预计10月底全面完工', '威海网讯(记者 王璐瑶 通讯员 范甲旭)昨日,记者从环翠区住建局了解到,2016年环翠区范围内旧生活区环境综合整治工作目前正在全面进行中,今年的整治工作涉及4个街道办(镇),共有14个旧生活区,工程预计10月底全面完工。', 'zjj', '山东省', '威海市', '环翠区'],
['http://www.weihai.tv/news/newspaper/2022/1014/390524.html', '威海日报', '2022-10-14', '非凡十年看威海丨威海今年已完成30个老旧小区改造', '今年,我市计划改造51个老旧小区项目、共82个老旧小区。10月13日,记者从市住房城乡建设局了解到,在计划改造任务的基础上,我市实际又超额改造7个老旧小区。截至目前,已有30个老旧小区完成改造,另外59个小区仍在改造中。', 'zjj', '山东省', '威海市', null],
['https://sd.news.163.com/20/0624/09/FFSJS0TP04379D5T.html', '网易山东', '2020-06-24', '紧急预警!', '6月22日,国务院教育督导委员会办公室2020年第3号预警发布!要求严防溺水事故发生!', 'jyj', null, null, null],
['https://c.m.163.com/news/a/GC3V4GO705346936.html', '人民日报', '2021-06-10', '', '山东黄河三角洲国家级自然保护区设立于1992年。近年来,黄河入海口城市东营坚持保护优先、自然恢复为主,加强黄河三角洲自然生态系统保护,推进湿地生态系统修复,生物多样性日益丰富。', 'zrzyj', '山东省', '东营市', null],
]
