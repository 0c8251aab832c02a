// batch 18 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://m.tftnews.com/news2808272', 'm.tftnews.com', null, '', '據氣象部門消息,春節期間,四川省受冷空氣和高原波動共同影響,以陰冷天氣為主且雨日較多,盆地周邊山區有雨夾雪或小雪,局地有中到大雪。受此影響,省内部分路段出現道路結冰和積雪,不具備車輛安全通行條件。省内相關路段的高速交警與地方交警全警上路,與相關部門積極聯勤聯動,通過進行除冰融雪、警車護送、“一路多方”編組壓道、滞留旅客疏導等多項措施,部分路段現已恢複正常通行。', 'gaj', '四川省', null, null],
['http://www.sichuguancha.com/importnews/202301/2023012126596.html', '新华社', '2023-01-21', '国务院安委办、应急管理部发布烟花爆竹安全提示', '春节、元宵节期间历来是烟花爆竹销售、燃放高峰期。烟花虽好看,安全需注意。近日,国务院安委办、应急管理部发布烟花爆竹安全提示。', 'yjj', null, null, null],
['https://hznews.hangzhou.com.cn/chengshi/content/2022-08/08/content_8324969.htm', '杭州网', '2022-08-08', '高温红色预警!本周酷热持续,40℃高温一连串,注意防范强对流天气', '今天一早,市气象台发布了高温红色预警信号。受副热带高压影响,本周高温还将持续,请大家注意防暑!', '', '浙江省', null, null],
]
