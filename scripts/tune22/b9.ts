// batch 9 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://dzrb.dzng.com/paper/paperShare/id/825693', '大众日报', '2023-10-08', '假期山东安全生产形势总体平稳', '本报济南10月7日讯 今天,记者从省应急厅获悉,中秋国庆假期,我省安全生产和自然灾害形势总体平稳,未接报较大及以上生产安全事故和自然灾害灾情报告。', 'yjj', '山东省', null, null],
['https://xiaofei.hangzhou.com.cn/xfzx/content/2025-11/05/content_9851568.html', '中国消费者报', '2025-11-05', '山东省多举措聚力打造“放心消费”亮丽名片', '中国消费者报报道(记者尹训银)今年,山东省市场监管局贯彻落实山东省委、省政府决策部署,全面打响优化消费环境攻坚战,推动消费提质升级、规范市场秩序、保护消费者权益,取得了显著成效。', 'scjgj', '山东省', null, null],
['https://m.yybnet.net/shandong/news/201808/7865808.html', '新华社', '2018-08-04', '山东警方上半年破获 电信网络诈骗案件3536起', '新华社济南8月4日电(记者叶婧潘林青)记者日前从山东省公安厅获悉,全省公安机关上半年共破获电信网络诈骗案件3536起,抓获犯罪嫌疑人2693名,同比分别上升17.3%和49%;止付金额8.9亿元,冻结金额9.7亿元,同比分别上升467%和333%。', 'gaj', '山东省', null, null],
['https://www.163.com/dy/article/JROIPUV305148M7V.html', '山东省卫生健康委员会', '2025-03-26', '', '2025年2月1日至2月28日,全省共报告法定传染病23种59028例,死亡22人。', 'wjw', '山东省', null, null],
['http://sd.sina.com.cn/news/2019-06-13/detail-ihvhiqay5317087.shtml?from=sd_cnxh', '大众日报·新锐大众', '2019-06-13', '', '6月12日,记者从省水利厅获悉,针对今年降水持续偏少现状,我省强化统筹调度,科学抗旱供水,完成抗旱浇灌面积3673万亩。', 'slj', '山东省', null, null],
]
