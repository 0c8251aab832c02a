// batch 25 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://yantai.dzwww.com/xinwen/ytxw/ytsh/202003/t20200323_17314860.htm', '大众网', '2020-03-23', '', '当前,气温升高,风干物燥,全市森林火险等级居高不下,随着复产复工后农事用火、生产用火、游人用火等行为明显增多,火源管控难度增大,森林防火工作进入最关键时期。为有效防范森林火灾发生,确保森林资源和人民群众生命财产安全,烟台市森林防灭火指挥部发布《关于加强森林高火险期森林防火工作的通告》,内容如下:', 'yjj', '山东省', '烟台市', null],
['https://www.163.com/dy/article/KLRA01SI051482LC.html', '信网', '2026-02-15', '守护城市“烟火气” 平度市城乡建设局全力做好春节服务保障工作', '信网2月15日讯 新春佳节,万家灯火,阖家团圆。为保障全市人民度过一个欢乐祥和、整洁有序的春节,平度市城乡建设局干部职工坚守一线、履职尽责,以“群众过节、我们过关”的责任担当,全方位做好各项服务保障工作,用辛勤指数换取市民幸福指数。', 'zjj', '山东省', '青岛市', '平度市'],
['http://www.dezhoudaily.com/kuaibao/p/1474533.html', '德州新闻网', null, '2019年德州禹城市农民丰收节大型庆祝活动启动', '9月23日,“壮丽70年,丰悦山东”2019年德州禹城市农民丰收节大型庆祝活动在禹王亭博物馆启动。市委常委、秘书长、禹城市委书记张安民出席仪式。', 'nyncj', '山东省', '德州市', '禹城市'],
]
