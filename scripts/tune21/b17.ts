// batch 17 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://epaper.qingdaonews.com/qdzb/html/2023-08/28/content_18894_8211356.htm', '青岛早报', '2023-08-28', '交警开启“护学”模式', '28日,学生们将满“新”归来,同时岛城各学校周边道路,也将迎来交通高峰。青岛交警研判往年学校周边道路的交通情况,对学校周边信控路口迭代优化信号配时、提升交通绿波,提前制定专项开学预案;对部分学校周边的交通设施进行完善,通过建设交通信号灯、可变车道等措施,提高学校周边道路通行的安全与效率。', 'gaj', '山东省', '青岛市', null],
['https://m.yybnet.net/jining/news/201901/8546057.html', '齐鲁晚报', '2019-01-07', '南张街道七旬老人意外走失,雪中夜宿草垛中 三方接力,帮走失老人安全返家', '2019年1月2日,不少济宁市民的朋友圈,被一条紧急寻人启事刷屏了:“家住南张街道70岁的刘大爷患有小脑萎缩症,在家附近走丢……”最终,在家属、民警、网友的接力寻找下,1月4日,在雪中走失2天的刘大爷,在唐口街道被巡逻民警发现,很快将其送回家人身边。', 'gaj', '山东省', '济宁市', '任城区'],
]
