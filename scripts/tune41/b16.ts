// batch 16 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://ct.qlwb.com.cn/detail/26372032.html', '德州体育', null, '近百项赛事!德州市体育局公布下半年体育赛事日历', '近日,“好运山东”山东省体育消费季(德州站)暨山东省第十五届全民健身运动会射箭、击剑、航模赛事嘉年华在德州市体育公园启动。开幕式上,德州公布了下半年体育赛事日历,有近百项国际、国家、省市及赛事将在下半年举行。', 'tyj', '山东省', '德州市', null],
['http://dz24hour.cms.dezhoudaily.com/p/120519.html', '德州日报', null, '建设特色体育名城 | 山东省沿黄、沿运暨第三届自行车城市联赛(陵城站)鸣枪开赛', '3月24日,“世界水日、中国水周、节水护水、‘骑’乐同行”山东省沿黄、沿运暨第三届自行车城市联赛(陵城站)鸣枪开赛,来自全省各地的200余名自行车运动爱好者参赛。', 'tyj', '山东省', '德州市', '陵城区'],
['https://sjb.qlwb.com.cn/html/2010-11/03/content_35829.htm?div=-1', '齐鲁晚报', null, '', '根据聊城市水利局今冬明春农田水利基本建设安排和部署,聊城3个大型引黄灌区实施续建配套与节水改造项目。', 'slj', '山东省', '聊城市', null],
]
