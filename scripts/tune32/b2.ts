// batch 2 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://qingdaominwang.com/hotnews/2018/0921/8359.html', '半岛都市报', '2018-09-21', '青岛严查占路经营 重点查处这3类行为', '随着中秋、国庆两节临近,岛城又将迎来旅游高峰。记者20日从市城管执法部门获悉,为进一步巩固市容秩序整治提升工作成果,着力打造“洁序净美”城市环境,有力维护节日期间旅游秩序和公平规范经营秩序,市城管执法部门决定自即日起,在全市组织开展为期一个月的占路经营专项整治行动。', 'cgj', '山东省', '青岛市', null],
['http://www.qingdao.gov.cn/zwgk/xxgk/yjj/gkml/ghjh/202507/t20250725_9911714.shtml', '青岛市应急管理局', '2025-07', '', '2025年以来,市应急局认真贯彻落实市委、市政府决策部署,全力以赴防风险、保安全、护稳定、促发展,持续抓好安全生产和防灾减灾救灾各项任务,全市安全形势总体平稳。', 'yjj', '山东省', '青岛市', null],
['http://gxt.shandong.gov.cn/art/2020/9/30/art_15166_9830654.html', '青岛市工信局', '2020-09-30', '', '为落实局党组抓好安全生产工作部署要求,切实做好“两节”期间民爆行业安全生产工作,青岛市工业和信息化局节前组织检查了全市民爆经营企业。', 'gxj', '山东省', '青岛市', null],
['http://qingdaomop.com/forum.php?goto=nextnewset&mod=redirect&tid=13584', 'qingdaomop.com', null, '', '上半年,青岛城镇新增就业18.22万人,同比增长1.03%,完成全年任务的52.06%。其中,服务业吸纳就业能力呈增长态势,吸纳就业12.7万人,同比增长1.76%,实现时间过半、任务过半。', 'rsj', '山东省', '青岛市', null],
]
