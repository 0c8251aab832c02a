// batch 9 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://epaper.bzrb.net/bzrb/20170926/html/page_01_content_010.htm', '滨州日报', '2017-09-26', '', '滨州日报/滨州网讯(记者 任斐 报道)9月25日,省公安厅副巡视员、交管局副局长、车管所所长刘伟带领督查组,来我市开展环境保护突出问题综合整治攻坚行动联合督导检查。副市长贾善银参加活动。', 'sthjj', '山东省', '滨州市', null],
['http://news.dongyingnews.cn/system/2021/06/30/010752149.shtml', '东营网', '2021-06-30', '戚思宇到东营经济技术开发区、东营区督导检查环境与空气突出问题整改工作', '6月29日,副市长、市公安局局长戚思宇到东营经济技术开发区、东营区督导检查环境与空气突出问题整改工作。', 'sthjj', '山东省', '东营市', null],
['https://mip.vzmhf.cn/article/198.html', 'mip.vzmhf.cn', null, '主城区工业遗存蝶变文创园', '本报淄博讯 4月27日,恰逢周六,淄博市张店区唐库市集如约而至。一周不见的摊主们笑意盈盈,来来往往的游人总能在市集上找到自己的乐子,或从摊位上淘到心仪物件,或拍照打卡。\n唐库文创园是在原淄博糖酒站马尚仓库的基础上,按照“修旧如旧”的原则改造而成。这里不仅能满足年轻人的一站式消费,还是一处集艺术空间、工业设计、文创集市、文艺展演活动等为一体的综合文化园区。', 'whlyj', '山东省', '淄博市', '张店区'],
]
