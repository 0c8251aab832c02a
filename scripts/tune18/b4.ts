// batch 4 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://sjb.qlwb.com.cn/qlwb/content/20131126/ArticelR06008FM.htm', '齐鲁晚报', '2013-11-26', '', '11月19日,一辆满载煤炭的货车在日照岚山区疏港大道路段拐弯时,因重心不稳侧翻倒地,煤炭撒了一地,所幸没有造成人员伤亡。 19日晚八点左右,交警岚山大队接到群众报警,值班民警迅速出警赶往现场。', 'gaj', '山东省', '日照市', '岚山区'],
['https://taian.dzwww.com/2013sy/zhxw/202502/t20250203_15474608.html', '望岳新闻', '2025-02-03', '用心守护“年味” 市场监管在行动', '望岳讯 2025年春节假日期间,泰安市市场监管系统广大干部职工牢记监管为民的职责,聚焦食品、药品、工业产品、特种设备等重点领域,以及商场超市、农贸市场等重点场所,全面加强安全监管、价格监管等,用心确保人民群众过一个平安祥和的春节。', 'scjgj', '山东省', '泰安市', null],
['http://www.4617.cn/a/u/?a=www.chinaso.com%2Flink%3Furl%3DVTESVWjvMIKsMKwjJ%252F9xD330IOEXGQcKXYr3vR9gVXbPKlaJryiuT3IYbyIXq353DhuKkjxD7Xe3TdGlbMhCgg%253D%253D%26pos%3D19%26wd%3D%25E9%25A3%259F%25E6%259D%2590%25E7%25B1%25BB%25E5%25BA%2597%25E9%2593%25BA%25E8%25B5%25B7%25E5%2590%258D', '齐鲁网', '2021-04-26', '泰安市市场监管局突击检查 “问题鸭血”等火锅类食材', '齐鲁网·闪电新闻4月26日讯 针对近日媒体曝光的知名火锅店售卖“问题鸭血”事件,泰安市市场监管局立即行动,下发《关于对“问题鸭血”等火锅类食材进行突击检查的通知》。要求店店查,特别是针对鸭血、牛羊肉等食材来源及索证索票落实情况逐一进行拉网式现场检查。', 'scjgj', '山东省', '泰安市', null],
['http://www.qlhenr.com/2024/0613/917255.shtml', '泰安日报社·中華泰山網', '2024-06-13', '視界丨金色麥浪 守望豐收', '麥浪翻滾,沃野生金。時下,小麥進入集中收獲期,鄉間田野進入一年中最為忙碌的機收時刻,一臺臺小麥聯合收割機、拖拉機、秸稈打捆機、播種機來回穿梭,看金燦燦的小麥,農民臉上滿是豐收的喜悅。', 'nyncj', null, null, null],
]
