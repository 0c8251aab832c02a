// batch 4 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://www.163.com/dy/article/KAD7U7E90550BO4K.html', '163.com', '2025-09', '', '为深入推进政务公开,增进社会各界对教育的理解与支持,积极构建家校社协同育人的良好格局,9月26日,日照市教育局在日照港中学举办2025年“阳光政务”政府开放月暨“家长放开日”活动。120余名家长代表走进校园,零距离感受学校教育发展成果,面对面交流教育热点话题。日照市教育局党组成员、总督学潘明福出席活动并致辞。', 'jyj', '山东省', '日照市', null],
['https://digitalpaper.stdaily.com/http_www.kjrb.com/kjrb/html/2015-06/30/content_308207.htm?div=-1', '科技日报', '2015-06-30', '', '受连日来的干旱影响,山东日照水库水域面积急剧减少,水库库底已经形成裸露的滩涂并已龟裂,滩涂上随处可见因缺水干死的鱼蚌。据水库流域居住的居民介绍,这样的干旱是近20年来首次出现。', 'slj', '山东省', '日照市', null],
['http://www.shiliyiyuan.cn/news/show-8628.html', '威海市立医院', '2025-08-21', '威海日报丨四度跻身最佳品牌传播优秀公立医院全国50强,威海这家医院凭啥?', '日前,在第七届中国医院发展大会上,威海市立医院又一次迎来“高光时刻”:入选2024年度最佳品牌传播医疗机构优秀公立医院(地市/县级)50强。这是市立医院第四次跻身该榜单,也是我市唯一上榜医院。', 'wjw', '山东省', '威海市', null],
]
