// batch 18 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://epaper.qlwb.com.cn/html/2011-06/01/content_136645.htm?div=-1', '齐鲁晚报', '2011-06-01', '', '记者从聊城市畜牧局获悉,畜牧部门要对全市生猪、肉牛、奶牛、肉羊及家禽等全面进行免疫,并推行免疫标识制度。', 'nyncj', '山东省', '聊城市', null],
['https://p2.ttnews.xyz/a/5ea59372dc9b5e3234df7cb9?lang=zh-hans', '中国山东网', null, '滨州惠民县李庄镇兽医站:扎好春季“防疫针”筑牢畜禽“防护网”', '中国山东网-感知山东4月20日讯 (记者 李梦盈 通讯员 徐燕) 为切实做好春季动物防疫工作,预防及有效规避春季动物畜禽疫情发生和传播,维护广大养殖户的切身利益,近日,惠民县李庄镇兽医站组织工作人员在全镇开展春季动物防疫工作,筑牢畜禽安全“防护网”。', 'nyncj', '山东省', '滨州市', '惠民县'],
['https://shuji.tmwcn.com/view?id=32307', '天门市委书记留言板', '2016-07-19', '关于渔薪到蒋场009县道', '还有半年就要过年了,渔薪到蒋场的那段路到处是坑坑洼洼,大概什么时候会开始修?大桥的原因每年都堵车,今年路又烂成这样了,过年基本上从早到晚都是堵车!过年回家就那几天,希望大家都能开开心心过个好年,望镇领导能早日将此问题纳入规划,早日动工!', 'jtysj', '湖北省', null, null],
]
