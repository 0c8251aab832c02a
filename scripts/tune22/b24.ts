// batch 24 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://share.cbbn.net/folder34/folder35/folder155/2021-07-12/FarsbS1xkqaUdDCY.html', '齐点淄博', '2021-07-12', '降雨持续 全市上下时刻绷紧防汛安全弦', '入汛以来,我市强对流天气频繁发生。据市水文局全市188处雨量站统计,截至今天下午3点,全市平均降雨量44.3毫米,最大点出现在高青县花沟站,降雨量达99毫米。今年全市累计降水342毫米,比历年同期偏多30%,比去年同期偏少4%。', 'slj', '山东省', '淄博市', null],
['http://share.cbbn.net/folder34/folder131/folder225/folder228/2022-09-14/66LIyHTg6P8e5XzL.html', '齐点淄博', '2022-09-14', '淄博市水利局启动水旱灾害防御IV级应急响应', '预计今年第12号台风“梅花”将于16号进入我省,受“梅花”外围及本体影响,预计14号白天到16号,我市有明显大范围降雨过程。经会商研判,淄博市水利局已于9月14号10点启动水旱灾害防御IV级应急响应。', 'slj', '山东省', '淄博市', null],
['https://yybnet.net/taian/news/201909/9620387.html', '泰安日报', '2019-09-11', '泰山区市场监管局 严查校园周边“三无”零食', '近期,针对校园周边存在的售卖“三无”零食等食品安全问题,泰山区市场监管局迅速成立检查组,对三友小学周边、东更道批发市场等进行检查。', 'scjgj', '山东省', '泰安市', '泰山区'],
['https://sthjj.changde.gov.cn/gzdt/cddt/content_78158430', '常德市生态环境局', null, '常德市启动畜禽养殖污染排查整治专项行动', '6月8日,记者从常德市生猪养殖场污染排查整治工作调度会获悉,2025年常德市畜禽养殖污染排查整治专项行动启动。行动时间从6月至年底。', 'sthjj', '湖南省', null, null],
['http://styzwlwpt.com/index.php?file=news&homepage=huiyuan&itemid=156', '湖南日报·华声在线', '2021-08-11', '「中央生态环保督察进行时」安化严厉整治畜禽养殖污染', '多部门协作开展专项整治,针对中央生态环境保护督察组交办益阳市安化县畜禽养殖污染问题,今天,省生态环境厅交出“彻底解决”的整改答复。', 'sthjj', '湖南省', null, null],
]
