// batch 8 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://bj.people.com.cn/n2/2020/0829/c233115-34259388.html', '人民网-北京频道', '2020-08-29', '大兴区清源街道发展街道融媒体 成百姓需求“接办台”', '报纸不只是信息的承载工具,更是邻里互动的媒介、政民沟通的桥梁,让报纸‘增能’,跟着居民需求升级,近期大兴区清源街道有了新动作——发展街道融媒体成为了解民意的一只触手,让报纸、微信公号也成为百姓需求的“接办台”。', '', '北京市', null, null],
['http://www.njpanjin.com/cn/Instant/local/202302/t20230210_7357822.html', '北京日報', '2023-02-10', '北京軌道交通日客運量重回千萬人次', '本報訊(記者 李博)春節假期結束,隨著各行各業逐步返崗復工和各大院校學生陸續返校,這幾天地鐵里的人流量也在逐漸上升。2月8日,北京軌道交通全網客運量達到1015.26萬人次,這是時隔11個月后,北京軌道交通全網客運量重回千萬人次量級。地鐵內外,繁忙的都市生活又回來了。', 'jtysj', '北京市', null, null],
['http://news.jingcsb.com/a/jinribeijing/16684.html', '人民网', null, '', '人民网北京5月8日电 (鲍聪颖 张海涛)拆掉占道的台阶,卸下原有的门框,将原有门洞堵上……5月8日一大早,金融街街道组织联合执法,由金融街城管队、执法小分队等科站队所对大院胡同20号、32号等8户居住类违法“开墙打洞”行为进行集中封堵。', 'cgj', '北京市', null, null],
['http://www.huashangw.com/news/show-792460.html', 'huashangw.com', '2025-09', '', '面对学生餐的强制安排,私下偷偷带饭进校园,是许多上海家长的现实选择。与不好吃的校餐周旋,成为一场旷日持久的攻防战。', 'jyj', '上海市', null, null],
['http://cca.kjw.cc/roll/2022/0120/2202.html', '法治日报', '2022-01-20', '', '开着车在小区里转了3圈后,陈艳还是没有找到停车位。无奈之下,她不得不把车停在小区外的公共停车场。', 'zjj', null, null, null],
]
