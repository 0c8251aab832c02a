// batch 15 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://yuexiangxz.com/forum.php?goto=nextnewset&mod=redirect&tid=7154', 'yuexiangxz.com', '2023-05-13', '徐州老小区改造进展如何?今年1—4月,我市老旧小区改造和加装电梯进展如何?', '5月12日,从市住建局获悉,前4个月我市老旧小区改造已开工113个(计划外项目5个),全市开展加装电梯共153部,其中已建成投入使用31部,正在施工建设21部,其余101部正在开展群众意见征求、手续办理工作。', 'zjj', '江苏省', null, null],
['http://www.lyg01.net/zx/bmdt/2017/1018/92822.shtml', '连网', '2017-10-18', '连云港市环保局生态文明建设硕果累累', '【连网】生态文明是城市文明程度的重要表现。今年以来,我市加快生态文明创建细胞工程建设,加强生态文明考核,城市生态文明创建工程取得了一系列的进步。', 'sthjj', '江苏省', null, null],
['https://ln.cri.cn/2022-08-29/ee4d5dbb-eb9a-7f22-566b-6447e98eba1d.html', '国际在线', '2022-08-29', '', '国际在线辽宁频道消息(王巍):8月29日,沈阳市新冠肺炎疫情防控指挥部校园疫情防控组发布关于沈阳市各级各类学校2022年秋季学期开学时间安排的通知。', 'jyj', '辽宁省', null, null],
['http://49.213.0.198/doc/209_9572_104905575_1.html', '中评社', null, '', '中評社北京12月8日電/據人力資源和社會保障部官方網站消息,近日,人社部會同發改委等12部門發出關於切實做好2018年春節前治欠保支工作的緊急通知,全力以赴清理欠薪,堅決打贏春節前治欠保支攻堅戰,確保農民工拿到工資返鄉過年。', 'rsj', null, null, null],
]
