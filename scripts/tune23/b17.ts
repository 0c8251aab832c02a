// batch 17 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://www.rznews.cn/viscms/dongtaixiaoxi0730/20151016/189132.html', '日照新闻网', '2015-10-16', '石臼市场将建两处集中烧烤点', '日照讯(记者 张楷烽)“终于可以开窗透透气了!就应该取缔这些露天烧烤。”10日9日,海滨四路烧烤街,住在附近的秦女士如此感叹。当天,曾经布满烧烤摊点的黄海三路与海滨四路上,原来私搭乱建、占道经营的烧烤摊点已经不见踪影。', 'cgj', '山东省', '日照市', null],
['http://sd.sina.com.cn/news/2021-01-19/detail-ikftssan8316014.shtml?from=sd_cnxh', '齐鲁壹点', '2021-01-19', '', '为持续推动乡村振兴发展战略,提升潍坊高品质城市建设,覆盖泰祥街、卉香路、百汇路、金马路等道路公交盲区,方便沿途市民出行。自1月19日起,潍坊公交集团开通153路公交线。至此,潍坊公交集团所属线路总条数已达133条。', 'jtysj', '山东省', '潍坊市', null],
['http://wfwb.wfnews.com.cn/content/20220527/Articel07003EL.htm', '潍坊晚报', '2022-05-27', '', '本报讯(潍坊日报社全媒体记者 王翠)5月26日,潍坊公交集团X5路公交线开通仪式在峡山区举行。至此,潍坊公交集团所属线路总条数达到153条。', 'jtysj', '山东省', '潍坊市', null],
['https://epaper.rznews.cn/shtml/hhcb/20241021/940894.shtml', '黄海晨刊', '2024-10-21', '在日照见证奔跑的力量', '2024年10月20日7:30,金马集团·2024日照半程马拉松暨好运山东·马拉松城市联赛(日照站)在日照市政府人民广场鸣枪起跑。', 'tyj', '山东省', '日照市', null],
['https://yybnet.net/rizhao/news/202010/10926353.html', 'yybnet.net', '2020-10-12', '', '2020年10月11日上午7时30分,日照马拉松在万平口广场如期鸣枪开跑,这是2017年以来日照马拉松举办的第四届。', 'tyj', '山东省', '日照市', null],
]
