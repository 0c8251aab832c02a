// batch 19 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://dz24hour.cms.dezhoudaily.com/p/40566.html', 'dz24hour.cms.dezhoudaily.com', null, '临沂沂南县两名学生溺亡 | 教育部门:经常进行防溺水等安全教育', '5月22日下午,沂南县张庄镇5名学生相约去河边玩耍,其中2人(李某某,张庄小学学生;尹某某,沂南四中学生)在北黄埠拦河闸不幸落水,后经抢救无效死亡。', 'yjj', '山东省', '临沂市', '沂南县'],
['http://m.aqyhjxb.cn/zonghexinwen/2022/0123/2548.html', 'm.aqyhjxb.cn', '2022-01-23', '守护舌尖安全,聊城全市市场监管部门在行动', '全市市场监管系统“食安护佳节”集中专项执法检查动员大会后,聊城市县乡三级市场监管人员迅速出击,对春节食品市场开展执法检查,以维护人民群众舌尖上的安全。', 'scjgj', '山东省', '聊城市', null],
['https://zhenguoke.com/read/-dy-article-JO72LL250550BO4K.html', '东昌府区市场监督管理局', null, '', '2025乙巳年元宵佳节来临之际,为切实保障节日期间市民们的食品安全,全力护航市民们“舌尖上的安全”,保障市民玩得开心、吃得放心。东昌府区市场监督管理局联合聊城市市场监督管理局对辖区内固定食品摊点及重点食品经营场所开展食品安全检查。', 'scjgj', '山东省', '聊城市', '东昌府区'],
]
