// batch 16 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://dezhou.sdnews.com.cn/xwzx/202006/t20200616_2748599.htm', '德州晚报', '2020-06-16', '德州新麦陆续上市', '鲁网6月16日讯 6月15日,德州市新麦陆续上市。据市发改委调查统计数据显示,根据小麦品质,个体粮商坐庄收购价在2.24元至2.30元/公斤之间,开秤价格每公斤同比增加0.04元左右。', 'lsj', '山东省', '德州市', null],
['https://www.taian.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=11370900MB2535551R&fbtime=2025', '泰安市大数据局', '2025', '', '根据《中华人民共和国政府信息公开条例》(以下简称《条例》),特向社会公布2025年度本机关政府信息公开工作年度报告。全文包括:年度报告总体情况;主动公开政府信息情况;收到和处理政府信息公开申请情况;政府信息公开行政复议、行政诉讼情况;政府信息公开工作存在的主要问题及改进情况;其他需要报告的事项。报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。今年以来,市大数据局深入贯彻落实《条例》有关要求,聚焦数字经济发展、数据要素价值化释放、数字政府建设等重点工作,持续深化政务公开,以高质量公开服务推动政策精准落地、业务流程优化和工作效能提升,助力全市大数据事业取得新进展。', 'dsjj', '山东省', '泰安市', null],
]
