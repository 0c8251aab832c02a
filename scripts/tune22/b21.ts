// batch 21 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://ytapp.jiaodong.net/system/2026/02/24/201528207.shtml', '牟平发布', '2026-02-25', '新年开工第一天,牟平区政务服务“满格上线”', '春节假期后的首个工作日,牟平区行政审批服务局以饱满的热情迅速开启“工作模式”,在“满格电”的状态下为前来办理业务的企业群众提供优质高效、热情周到的政务服务。', 'xzspj', '山东省', '烟台市', '牟平区'],
['http://www.jiaodong.net/ytsports/system/2020/01/03/013984576.shtml', '胶东在线', '2020-01-03', '烟台千人跑步迎新年 烟台国际马拉松有望今年回归', '胶东在线1月1日讯(记者 孙宗顺 通讯员 隋旭东)新年伊始,万象更新。1日上午,“畅跑吧·2020中国平安杯”烟台迎新马拉松在烟台市体育公园举行。活动设迎新祈福跑、迎新亲子跑,共有1000多名跑步爱好者相约体育公园,以跑步的形式迎新年。此外,暌违两年的烟台国际马拉松有望在今年回归,值得广大跑友期待。', 'tyj', '山东省', '烟台市', null],
]
