// batch 6 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://www.chemicalsafety.org.cn/shiguxinxi/shigukuaixun/detail/omwvzno9kjn1kdyq', '央广网', '2015-09-01', '山东利津化工厂发生爆燃致1人死亡', '8月31日23时22分,山东省东营市利津县刁口乡滨源化学有限公司发生爆燃。截止凌晨4点20分,明火已扑灭。初步核查:事故造成一人死亡,企业负责人已被控制,事故原因正在调查中。', 'yjj', '山东省', '东营市', '利津县'],
['https://m.stemsky.com/tiyuyule/5093.html', '极目新闻', null, '山东一化工企业发生爆炸,官方通报:火已扑灭,无人员伤亡,未检测到有毒有害气体', '据文登区应急管理局通报,10月24日16时10分许,文登经济开发区山东亘元新材料股份有限公司自动化车间发生火情。目前,火已扑灭,无人员伤亡,未检测到有毒有害气体。原因调查、善后处置等工作正在进行。', 'yjj', '山东省', '威海市', '文登区'],
['https://hk.on.cc/hk/bkn/cnt/cnnews/20230809/bkn-20230809114014107-0809_00952_001.html', '東網', '2023-08-09', '山東和四川凌晨相繼發生地震 民眾睡夢中被搖醒', '四川、山東兩地周三(9日)凌晨相繼發生地震,四川不少民眾在睡夢中被搖醒,形容震感強烈。', '', '山东省', null, null],
]
