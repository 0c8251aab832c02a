// batch 12 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://www.yqzksb.com/html/zhoubian/handan/2019_12/17/4527135.html', '中原新闻网', '2019-12-17', '', '中原新聞網邯鄲訊(通訊員 李昕宇)17日,從邯鄲市城管執法局自來水公司了解到,叢臺區黃粱夢鎮叢西村、叢南村市政供水管網連通工程正在加緊安裝中。完工后,叢西村、叢南村千余戶村民將用上優質、放心的自來水,為村民生產生活提供強有力的供水安全保障。', 'slj', '河北省', null, null],
['http://news.sina.com.cn/o/2006-06-04/04149111701s.shtml', '北京晨报', '2006-06-04', '游客被困龙庆峡', '晨报讯(记者 贺岩 通讯员 郎丰杰)日前,34名河北游客在延庆龙庆峡经历了一次有惊无险的“迷失”之旅,城管队员经过3个多小时的营救,最后用绳索将游客引导下山。', 'yjj', '北京市', null, null],
['http://news.xilu.com/20200917/1000010001146321.html', '西陆网', '2020-09-17', '40名北京游客被困深山 张家口警方星夜救援', '据河北省张家口市怀来县公安局介绍,日前当地警方历时7小时星夜救援了被困于深山中的40名北京游客。据了解,此次受困的游客系北京某房地产公司员工,在野外拓展训练时不熟悉当地地形地貌且体力透支而受困山中,并有人员受伤,情况比较危急。', 'gaj', '河北省', null, null],
]
