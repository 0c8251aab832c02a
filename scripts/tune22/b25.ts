// batch 25 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://m.yybnet.net/zibo/news/201805/7414682.html', '淄博晚报', '2018-05-21', '全市卫生计生系统“健康服务月”活动启动 万人义诊忙 夏日送健康', '5月19日,“清凉夏日健康共享”义诊活动在淄博义乌小商品城广场举办,这次义诊同时也成为了本年度“健康服务月”系列活动的开始。', 'wjw', '山东省', '淄博市', null],
['https://wanzhou.cbg.cn/show/74857-2760971.html', '视界网', null, '', '一条条高速公路、国省干线公路、农村公路纵横万州大地,交织成网、四通八达,焕发着生机与活力。近年来,万州加快提升公路路网密度和通行效率,构建城区内通畅、城区间直达、城区与周边地区通达,连城通乡、进村入组的公路路网体系,公路路网通达水平发生了翻天覆地的变化。', 'jtysj', '重庆市', null, null],
['http://tcyq.org.cn/show-122581.html', 'tcyq.org.cn', null, '', '为减少今年气候对蔬菜质量和产量的不良影响,12月1日,聊城市农业农村发展服务中心技术人员来到莘县魏庄镇明公集村,对莘县同利瓜果蔬菜专业合作社大棚蔬菜种植进行技术指导服务。', 'nyncj', '山东省', '聊城市', '莘县'],
]
