// batch 10 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://paper.dzwww.com/dzrb/content/20201225/Articel11005MT.htm', '大众日报', '2020-12-25', '新泰泉沟镇:打造一山一河生态观光长廊', '新泰市泉沟镇在河长制实施过程中,以保护水资源、防止水污染、改善水环境、修复水生态为重点,依靠莲花山旅游开发,建设独具特色的一山一河生态观光长廊,“河湖文化”已见雏形。', 'slj', '山东省', '泰安市', '新泰市'],
['http://www.sdradio.net.cn/heze/202109232789.html', '山东广播网', '2021-09-23', '践行“四力”菏泽组织开展新闻工作者采风活动', '9月10日,菏泽市委宣传部组织全市各媒体,组成20余人的媒体采风团,开展践行“四力”采风活动。采风团先后到山东稻香村食品产业园、定陶冉堌镇、成武县等地采访,详细了解重点企业发展生产情况及重点镇建设、基层提升便民服务等情况。', '', '山东省', '菏泽市', null],
['https://static.cdsb.com/micropub/Articles/202507/9311851e25e2e48a0f0032d14098e794.html', '红星新闻', '2025-07-15', '', '7月15日,应急管理部召开例行新闻发布会。会上,应急管理部新闻发言人、新闻宣传司司长申展利介绍,国家防灾减灾救灾委员会办公室会同有关成员单位,对上半年全国自然灾害情况进行了会商分析。', 'yjj', null, null, null],
['http://news.caijinglun.com/toutiao/2023/0223/7610.html', '中国网财经', '2023-02-23', '', '中国网财经2月23日讯 据商务部网站消息,商务部今日召开例行新闻发布会,商务部新闻发言人束珏婷出席发布会并答记者问。', 'swj', null, null, null],
['http://xxzsjm.com/zixun/3470.html', 'xxzsjm.com', '2022-08-21', '教育部等五部门部署做好预防中小学生溺水工作', '为尽最大努力减少学生溺水事件发生,切实保障学生生命安全,日前,教育部、公安部、民政部、水利部、农业农村部等五部门办公厅印发《关于做好预防中小学生溺水工作的通知》,部署做好相关工作。', 'jyj', null, null, null],
]
