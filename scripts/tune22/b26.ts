// batch 26 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://m.163.com/dy/article/JKDMG01S0550BO4K.html', '网易', null, '', '12月24日下午,省安委办第二督导组对肥城市开展烟花爆竹旺季安全监管专项督导,泰安市应急管理局党委委员、副局长李峰,肥城市市政府党组成员、副市长韩志远,肥城市应急管理局、泰安市生态环境局肥城分局、安临站镇主要负责同志参加活动。', 'yjj', '山东省', '泰安市', '肥城市'],
['http://news.jznews.com.cn/system/2019/02/18/011955721.shtml', '荆州日报', '2019-02-18', '严把节后安全关 荆州交警开展电动车集中整治行动', '随着春节假期结束,城区街头电动车非法改装挡风被、晴雨伞等违法行为有所增加。近日,市公安局交管局一大队二中队积极行动,在城区主要路口开展集中整治行动。', 'gaj', '湖北省', null, null],
['http://news.xnnews.com.cn/xnxw/202111/t20211122_2436641.shtml', '咸宁网', '2021-11-22', '咸宁市开展电动车专项整治 规范道路交通秩序', '“您好!我们是咸宁市公安局交警支队城区大队的,现在对你加装的雨篷进行拆除,请您配合!”11月18日,在同惠十字路口咸宁交警对加装雨篷的电动车车主进行劝阻并拆除雨篷。', 'gaj', '湖北省', null, null],
]
