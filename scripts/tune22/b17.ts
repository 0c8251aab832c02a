// batch 17 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://m.yybnet.net/zibo/news/201807/7838946.html', '淄博晚报', '2018-07-31', '公园的故事,城市的变迁', '齐盛湖公园夜景公园作为一个特殊的城市载体,见证了一座城市的历史变迁与居民生活方式的变化。对于生活在张店的市民来说,人民公园、青年公园、儿童公园……不仅仅是活动休闲娱乐场所,更是承载了很多人的年代记忆。', 'cgj', '山东省', '淄博市', '张店区'],
['https://yantai.dzwww.com/xinwen/ytxw/ytsh/201906/t20190625_16967552.htm', '大众网·海报新闻', '2019-06-25', '烟台福山区两处社区食堂正式运营 打造居民第二个家', '大众网·海报新闻烟台6月25日讯 (通讯员 王研 张懿文 记者 史宇 ) 近日,烟台市福山区重点打造的福惠、宋家疃两处市民社区食堂正式运营,开始面向辖区居民提供价格低廉的“套餐”服务。', 'mzj', '山东省', '烟台市', '福山区'],
]
