// batch 15 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://wfwb.wfnews.com.cn/content/20131011/Articel06002EL.htm', '潍坊晚报', '2013-10-11', '', '青州市青云紫府小区13号楼是一座11层的小高层楼房,如今居住在该楼房2单元的部分业主非常郁闷,因为他们的新房刚交房不久,电梯就停运了。如今两个多月过去了,也无人维修,给业主们带来很多不便。“上下楼太不方便了,尤其是住的楼层比较高的业主。”10月10日,该单元的几位业主向本报反映此事。', 'zjj', '山东省', '潍坊市', '青州市'],
['https://epaper.qlwb.com.cn/qlwb/content/20130308/ArticelS02004FM.htm', '齐鲁晚报', '2013-03-08', '', '本报泰安3月7日讯(记者 白雪) 1日,本报刊发《出校门就是快车道,学生过马路惊险多》,报道泰山冯玉祥小学坐落在环山路,出校门就是快车道,上下学的孩子过马路十分危险。经学校和交警部门协调,现在已放置可移动红绿灯,在交警指挥下孩子们过马路安全多了。', 'gaj', '山东省', '泰安市', null],
['http://bbs.0634.com/archiver/tid-1183005.html', 'bbs.0634.com', '2021-06-14', '莱芜汶源学校家长拦车引不满!你怎么看?', '汶源学校早上有家长执勤拦车,能不能等到一定数量的学生到了再拦车?早上上班时间挺紧的,孩子还没到路口,家长就把车拦住了,很堵车,家长有权利拦车吗?还不如把这里加个临时信号灯。', 'gaj', '山东省', '济南市', '莱芜区'],
]
