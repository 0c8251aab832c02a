// batch 7 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://www.digipub.cc/dy/article/KK23369F0530WJIN.html?f=post2020_dy_recommends', '齐鲁晚报·齐鲁壹点', null, '', '1月23日,記者在聊城市東昌府區第十八屆人民代表大會第六次會議上了解,聊城市東昌府區第十八屆人民代表大會第六次會議,于2026年1月22日投票表決通過2026年聊城市東昌府區民生實事項目10個,分別為:', '', '山东省', '聊城市', '东昌府区'],
['http://liaocheng.dzwww.com/qx/djq/xwzx/201808/t20180806_16592367.htm', '大众网', '2018-08-03', '聊城主城四区上半年空气环境质量排名出炉 度假区居首位', '大众网聊城8月3日讯(记者 李长振)3日下午聊城市环保局举行例行新闻发布会,聊城市环保局党组成员、环保局副局长付卫东介绍了2018年6月份及上半年全市水、气环境质量状况、蓝天保卫战强化督查情况和环保重点工作完成情况。', 'sthjj', '山东省', '聊城市', null],
['https://fensifuwu.com/emotion/me/82c41d09b5faa849651cc156f176988b.html', '冠县融媒', null, '下月起,聊城主城区乘公交或免费,你怎么看?', '为让人民群众共享更加便捷的公共服务,缓解城区道路拥堵,引导市民低碳绿色出行,共同营造和谐、畅通、绿色的城市交通秩序,9月28日,聊城市人民政府发布《聊城市人民政府关于市主城区免费乘坐公交车的通告 (草案)》(以下简称《通告(草案)》),拟于2023年11月1日起至2024年3月31日,在主城区实行市民免费乘坐公交车的政策', 'jtysj', '山东省', '聊城市', null],
]
