// batch 11 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://ywww.dizo.com.cn/ywww/20200407/0719929.html', 'ywww.dizo.com.cn', '2020-04-07', '某男子为促销大米面粉 编造粮食不足虚假信息被拘', '近日,有网友在微信群里散布“抢粮食”信息并留下联系方式,引发争议。\n\n山东省公安厅网络安全保卫总队官方微博今日发布通报称,该男子编造虚假信息,已被行政拘留。', 'gaj', '山东省', null, null],
['http://www.69qk.cn/news/jishi/701885.html', '人民網', '2018-05-29', '不讓發小廣告就造謠報復?濟南一男子被拘5日', '人民網北京5月29日電(記者孝金波)5月25日,濟南市中警方依法查處并行政拘留一名散布“農婦被拋尸、殺人犯出沒”謠言的網民。', 'gaj', '山东省', '济南市', '市中区'],
['http://www.mhsmt.com/news/lygxw/2017/1122/95581.shtml', '連網', '2017-11-22', '', '【連網】(記 者 史衛平 通訊員 王繼寶 俞赟超) 在網上編造虛假信息,擾亂公共秩序,10月14日,違法行為人王某在發帖當天即被贛榆警方抓獲,行政拘留15日。', 'gaj', '江苏省', null, null],
['https://freewechat.com/a/MzIzOTcyNDEzMg==/2247806324/{{href}}', '深圳商报', null, '突发!沿街房发生燃气闪爆,已致2死2伤...', '8月13日,山东潍坊高密疑发生一起爆炸事故。', 'yjj', '山东省', '潍坊市', '高密市'],
]
