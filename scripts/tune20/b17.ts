// batch 17 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://td.fyun.cc/detail/fd0288ffa9e6f49a193c775deaf49d8990d6f5db.html', '大众报业·齐鲁壹点', '2023-06-21', '聊城市教育和体育局端午假期致全市学生家长的一封信', '端午临中夏,时清日复长。当艾气包裹的粽香在街头巷尾弥散开来,端午佳节已悄然而至。端午佳节恰逢仲夏时节,天气炎热,消夏活动多,且我市高考、中考均亦结束,假期外出游玩学生多,对此,聊城市教育和体育局温馨提示:每年端午节假期都是溺水、交通等意外事故的高发期,希望您在假期期间认真履行监护职责,配合学校做好孩子的安全教育工作,共同呵护孩子平安、快乐过节。', 'jyj', '山东省', '聊城市', null],
['http://ethelie.net/yaowen/liaochengzhengqing/20230704/38394.html', '聊城日报', '2023-07-04', '柳庆发督导校园安全和防溺水工作', '7月3日,市委常委、宣传部部长、统战部部长、市委教育工委书记柳庆发带领有关部门负责人到江北水城旅游度假区和阳谷县督导校园安全和防溺水工作。', 'jyj', '山东省', '聊城市', null],
['http://www.gctezw.com/Item/22452.aspx', '古城台儿庄网', '2020-03-31', '【图文】台儿庄区认真做好电梯使用安全监管工作', '《枣庄市电梯安全条例》已于2020年3月1日起施行,这是枣庄市第一部正式施行的电梯安全法规。', 'scjgj', '山东省', '枣庄市', '台儿庄区'],
]
