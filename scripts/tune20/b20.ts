// batch 20 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://www.lbtc.cn/hynews/5600.html', 'lbtc.cn', null, '', '为落实市生态环境委员会办公室关于强化大气污染防治措施的部署要求、按照市局工作部署,近日潍坊市城管执法支队组织对中心城区露天烧烤(餐饮油烟)整治工作开展了夜间专项督导检查行动。', 'cgj', '山东省', '潍坊市', null],
['http://wfwb.wfnews.com.cn/content/20190831/Articel07002EL.htm', '潍坊晚报', '2019-08-31', '露天烧烤现象已基本杜绝', '为切实解决露天烧烤和餐饮油烟污染带来的占道经营、环境污染等问题,奎文区持续不断开展了露天烧烤和餐饮油烟污染专项整治行动,提升了市容环境。截至8月29日,已处罚11家不安装油烟净化器和占道经营行为的餐饮单位,露天烧烤现象已经基本杜绝。', 'cgj', '山东省', '潍坊市', '奎文区'],
['https://baixinren.com/a360302-show/news-2310.html', 'baixinren.com', null, '', '7月20日,寿光市委书记李鹏带领相关部门负责人到羊口镇调研安全生产、生态环保、防汛备汛、经济社会发展等情况,并召开座谈会。他强调,羊口镇要扛牢责任、巩固优势,培育壮大产业,筑牢安全防线,全力推动项目建设,充分发挥经济大镇作用,促进镇域经济提质增效,为高质量发展蓄势赋能。寿光市领导王学江、付乐启参加。', '', '山东省', '潍坊市', '寿光市'],
]
