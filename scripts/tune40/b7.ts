// batch 7 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://118.31.251.32/forum.php?extra=page%3D1&mod=viewthread&tid=21883', '罗源湾之窗', '2011-08-22', '', '(记者 王帅 通讯员 郑秀杰 林其燚) 8月17日,罗源县起步镇护国村,临近中午,村民尚玉赛打开水龙头开始洗菜做饭,看着自来水哗哗流淌,她的心情变得欢快起来。护国村下辖7个自然村,共有1700多位村民。由于地处偏远山区,该村一直没有自来水。今年年初,罗源县投资40多万元在护国村茅山山腰水源附近建设蓄水池,安装净水器,铺设网管,村民这才喝上放心安全的自来水。', 'slj', '福建省', null, null],
['http://www.qinggy.com/xw/xinxi/84822.html', 'qinggy.com', null, '山东省轻工联社领导到博山区调研陶琉产业发展', '1月21日,山东省轻工联社党组、理事会主任王哲军到博山区调研陶琉产业发展。博山区委刘忠远,区委朱玉友,区委、宣传部部长张希民陪同相关活动。', 'gxj', '山东省', '淄博市', '博山区'],
['http://www.tireworld.com.cn/news/info/tire/2018123/31188.html', '轮胎世界网', '2018-12-03', '山东环保部门通报3家轮胎企业', '近日,山东省生态环境厅机动队先后赴东营、枣庄、莱芜等城市,检查企业落实重污染天气应急响应措施情况。', 'sthjj', '山东省', null, null],
['https://meipian.cn/3yt7y94c', '美篇', null, '六旬老人寒冬走失 警民合力帮忙找回', '12月28日上午,泾阳县公安局兴隆派出所接到辖区群众齐女士报警,称其父亲在家中附近走失,因父亲有轻微精神障碍,请求帮助。', 'gaj', '陕西省', null, null],
]
