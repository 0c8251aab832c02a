// batch 14 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://epaper.qlwb.com.cn/qlwb/content/20190621/ArticelJ02004SA.htm', '齐鲁晚报', '2019-06-21', '烟台市医保局晒出“成绩单”', '本报6月20日讯(记者 曲彦霖 通讯员 于晓雷) 医保基金是老百姓的“救命钱”,确保医保基金安全是重大的民生工程,烟台市医保局出重拳严厉打击各种形式的欺诈骗保行为,守护百姓看病钱、救命钱,20日,烟台市医保局晒出“成绩单”。', 'ybj', '山东省', '烟台市', null],
['http://finance.china.com.cn/roll/20150819/3296827.shtml', '大众日报', '2015-08-19', '莒南全力抢险保民生用电', '本报莒南讯 8月5日下午,莒南县文疃镇遭遇龙卷风,造成线路跳闸、倒杆,国网山东莒南县供电公司迅速启动抢险应急响应预案,组织彩虹党员服务抢险队伍投入紧急抢修。', 'nyj', '山东省', '临沂市', '莒南县'],
['http://bjhyra.com/art/2024/5/6/art_12_2811467.html', 'bjhyra.com', '2024-05-06', '市领导来淄川区督导文旅工作', '五一”假期将至,4月30日,市委常委、统战部部长盖卫星来我区督导文旅工作。区领导程勤、王洪波、高建军、孙鹏伟陪同。', 'whlyj', '山东省', '淄博市', '淄川区'],
['https://wenhuasd.com/document/233.html', 'wenhuasd.com', null, '山东年节主题五彩斑斓,推进线上线下文旅产品供给', '1月31日-2月3日,山东省文化和旅游系统在认真落实疫情防控各项措施、确保节日文旅市场安全的基础上,突出传统特色、线上线下联动,进一步丰富文旅产品供给,持续营造欢乐、祥和、充实的节日氛围。全省文化和旅游市场平稳有序,未发生重大旅游舆情、旅游投诉和安全事故。', 'whlyj', '山东省', null, null],
]
