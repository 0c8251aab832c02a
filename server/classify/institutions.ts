/**
 * Well-known institutions, landmarks and enterprises of the home province, and the place they
 * settle (docs/tagging-guideline.md §2.1: 千佛山医院 → 济南市, 趵突泉 → 济南市历下区). Data, not
 * code: each entry says where its location is stated (`source`). A university or hospital with
 * campuses in several counties gives the city only (`county: null`); one with campuses in
 * several cities (山东大学, 齐鲁医院, 中国石油大学) is left out.
 *
 * `kind` decides how strong the evidence is: an enterprise is named wherever it does business,
 * so it settles the place only when the item names no other place (like a plate); a mountain, lake
 * or reservoir (`nature`) is named in passing as often as it is the scene (a bus line to 大珠山, a
 * county's reservoirs listed), so it counts only where the item says what it is about: the headline,
 * or a headline-less lead's first sentence; everything else counts as the place it is in.
 */
export interface Institution {
  /** Names as written, longest first where one contains another. */
  names: readonly string[]
  /** Short names that are only read when the text also names the institution's city (一浴 in 青岛). */
  shortNames?: readonly string[]
  city: string
  county: string | null
  kind: 'landmark' | 'nature' | 'station' | 'university' | 'hospital' | 'enterprise'
  source: string
}

const GUIDELINE = 'docs/tagging-guideline.md §2.1'

/** A generated row: short or full name, city, county, and the page that states it. */
type Row = readonly [name: string, city: string, county: string | null, source: string]

/**
 * Each city's main railway station, which the city's own people and press call 火车站 (青岛火车站,
 * or bare: 火车站周边黑出租): read bare only with the city named and no county (mention-filter.ts).
 * The county is given where a stored page states it; otherwise the city only. 东营, 威海, 滨州 and
 * 菏泽 were given a district no stored page states (their pages name the city only, or nothing
 * beyond the line the station is on): the city only, which the station's name itself says.
 */
const STATION_ROWS: readonly Row[] = [
  ['济南', '济南市', '天桥区', 'https://zhwiki.pedia.workers.dev/zh-sg/%E6%B5%8E%E5%8D%97%E7%AB%99'],
  ['青岛', '青岛市', '市南区', 'https://54e1ad4b48888.kfd.me/zh-my/%E9%9D%92%E5%B2%9B%E7%AB%99'],
  ['淄博', '淄博市', '张店区', 'https://m.tftnews.com/news674570'],
  ['枣庄', '枣庄市', '薛城区', 'https://nkfx.cn/lingyi/1003524.html'],
  // Was 东营区; searched 东营站/东营火车站 with 东营区, 淄东铁路, 德大铁路 and in English: no stored
  // page gives the station's district. The page (a 东营 paper's piece on the city's railways) names
  // the city's 火车站 of 1972 only.
  ['东营', '东营市', null, 'https://www.toutiao.com/article/4348046325/'],
  ['烟台', '烟台市', '芝罘区', 'https://m.tftnews.com/news674570'],
  // Was the city only; the page gives the station's address as 潍城区和平路1号.
  ['潍坊', '潍坊市', '潍城区', 'https://en.wikipedia.org/wiki/Weifang_Railway_Station'],
  ['济宁', '济宁市', '任城区', 'https://juke.outofmemory.cn/pretty/3364459.html'],
  // Two stations go by the name: the page puts 泰安站 (the former 泰山西站) in 岱岳区, while
  // another stored page puts the old 泰安火车站 in 泰山区; the city only, as before.
  ['泰安', '泰安市', null, 'https://baike.baidu.hk/item/%E6%B3%B0%E5%AE%89%E7%81%AB%E8%BB%8A%E7%AB%99/1260254'],
  // Was 环翠区; searched 威海站/威海火车站 with 环翠区, 青荣城际, 桃威铁路 and in English: no stored
  // page gives the station's district. The page (the line's article) lists the station as Weihai.
  ['威海', '威海市', null, 'https://en.wikipedia.org/wiki/Qingdao%E2%80%93Rongcheng_intercity_railway'],
  ['日照', '日照市', '东港区', 'http://www.scdmo.com/redian/254.html'],
  ['临沂', '临沂市', '兰山区', 'https://zh.wikipedia.org./wiki/%E4%B8%B4%E6%B2%82%E7%AB%99'],
  ['德州', '德州市', '德城区', 'https://factpedia.org/wiki/%E5%BE%B7%E5%B7%9E%E7%AB%99'],
  ['聊城', '聊城市', '东昌府区', 'https://friendlywiki.com/article/index.php?title=Liaocheng_railway_station'],
  // Was 滨城区; the page (a repost of 大众网's report of the station's opening) names the city only,
  // as did every other page found (滨城区 only as a district the line passes).
  ['滨州', '滨州市', null, 'http://www.p146.com/news/b/2015-09-28/detail-ifxieymv7694637-p2.shtml'],
  // Was 牡丹区; the page (a mirror of the station's encyclopedia entry) gives 所属地区 菏泽市 and the
  // address 菏泽市中华路东首, no district.
  ['菏泽', '菏泽市', null, 'https://www.zuckd.com/doc-view-118487.html'],
]

const MAIN_STATIONS: readonly Institution[] = STATION_ROWS.map(([short, city, county, source]) => ({
  // X站 alone is also a tour's leg there (巡回赛济南站): only 青岛站 and 烟台站, read so before, keep it.
  names: [`${short}火车站`, ...(short === '青岛' || short === '烟台' ? [`${short}站`] : [])],
  shortNames: ['火车站'],
  city,
  county,
  kind: 'station' as const,
  source,
}))

/**
 * Mountains, lakes and reservoirs that lie in one county (or, spanning several, in one city), by the
 * name of their own article; ones whose names other provinces share (九仙山, 鲁山, 罗山) are left out.
 * A row whose page shows it spanning counties gives the city only: 棘洪滩水库 (城阳/即墨/胶州),
 * 尼山 (曲阜/泗水/邹城), 孟良崮 (蒙阴/沂南); and three that also reach into a neighbouring city
 * keep the city of their scenic area, county none: 马踏湖 (桓台, and 博兴 of 滨州), 抱犊崮 (景区
 * in 山亭, 主峰 in 兰陵 of 临沂), 沂山 (临朐, and 沂水 of 临沂).
 * 崂山水库 gives the city only: one page places it east of 夏庄, a town of the former 崂山区 that went
 * to 城阳区 in 1994, so its name says nothing of today's district and 崂山区 may be wrong; its page, a
 * travel guide, puts it in 城阳区, but one guide is not enough to add a county the row never had.
 */
const NATURAL_ROWS: readonly Row[] = [
  ['千佛山', '济南市', '历下区', 'http://9aivip.com/item/%E5%8E%86%E5%B1%B1/6236527'],
  ['华不注山', '济南市', '历城区', 'http://dzb.subaoxw.com/html/2023-10/23/content_328351.htm'],
  ['九如山', '济南市', '历城区', 'http://www.tzyoyi.com/blog/602410'],
  ['卧虎山水库', '济南市', '历城区', 'https://www.bang.cn/article/117911.html'],
  ['雪野水库', '济南市', '莱芜区', 'https://geiqia.com/baitai/3897.html'],
  ['雪野湖', '济南市', '莱芜区', 'https://geiqia.com/baitai/3897.html'],
  // The page (a mirror of 求真百科's 黄岛 article) names the 小珠山 range in 黄岛区's west, its main peak
  // 724.9 m; the park's pages name 柳花泊街道 of the 青岛开发区, which is in 黄岛区 too
  // (https://drbdp.com/4-8566866.html).
  ['小珠山', '青岛市', '黄岛区', 'https://pediainside.com/index.php?target=%E9%BB%84%E5%B2%9B&title=%E9%BB%84%E5%B2%9B&variant=zh'],
  ['大珠山', '青岛市', '黄岛区', 'http://24hours.tech/article/96128143957700608'],
  ['大泽山', '青岛市', '平度市', 'https://youhui114.com/lvyou/828071015.html'],
  ['崂山水库', '青岛市', null, 'https://deepchinatravel.com/qingdao-travel/laoshan-reservoir.html'],
  ['棘洪滩水库', '青岛市', null, 'http://myygl.org/myygl/3831007351248050564.html'],
  ['太河水库', '淄博市', '淄川区', 'https://www.jendow.com.tw/wiki/%E5%A4%AA%E6%B2%B3'],
  ['田庄水库', '淄博市', '沂源县', 'https://www.newton.com.tw/wiki/%E7%94%B0%E8%8E%8A%E6%B0%B4%E5%BA%AB/16777054'],
  ['马踏湖', '淄博市', null, 'http://ciyu8.com/lishi/diming/e9a9ace8b88fe6b996'],
  ['抱犊崮', '枣庄市', null, 'http://lvrenw.com/china/gnxw/834.html'],
  ['养马岛', '烟台市', '牟平区', 'https://www.weelv.com/qa/10308/96779.html'],
  ['王屋水库', '烟台市', '龙口市', 'http://m.ctbtax.com/news/system/2022/09/17/014362216.shtml'],
  ['门楼水库', '烟台市', '福山区', 'https://ppfocus.com/0/co0e0192e.html'],
  ['沂山', '潍坊市', null, 'https://www.62dir.com/diminglaili/199851.html'],
  ['云门山', '潍坊市', '青州市', 'https://newton.com.tw/wiki/%E9%9B%B2%E9%96%80%E5%B1%B1'],
  // The page puts all of it in 坊子区 since 2009 (峡山区 runs it); the city alone is kept.
  ['峡山水库', '潍坊市', null, 'https://54e1ad4b4888.kfd.me/zh/%E5%B3%A1%E5%B1%B1%E6%B0%B4%E5%BA%93'],
  ['峄山', '济宁市', '邹城市', 'http://sd.china.com.cn/a/2016/syjdt_0119/467337.html'],
  ['尼山', '济宁市', null, 'http://zhejianglong.com/c/706865.html'],
  ['徂徕山', '泰安市', '岱岳区', 'https://twwiki.net/wiki/3y4x06o8leyeyxl.html'],
  ['东平湖', '泰安市', '东平县', 'http://yizesci.com/yizesci/东平湖/7261477431256514615'],
  ['米山水库', '威海市', '文登区', 'http://m.zgkjsz.com/page/2014/0407/20630559.shtml'],
  ['五莲山', '日照市', '五莲县', 'https://m.yuanshanyes.com/news/article-3107.html'],
  ['浮来山', '日照市', '莒县', 'https://www.meipian.cn/5htgyoim'],
  ['日照水库', '日照市', '东港区', 'https://kpfans.com/article/RvkqmBJxWB.html'],
  ['蒙山', '临沂市', null, 'https://hendeli.cn/country/countryInformation.php?countryID=1851'],
  ['孟良崮', '临沂市', null, 'http://19490423.com/jd/26/detail_19599.html'],
  ['岸堤水库', '临沂市', '蒙阴县', 'https://m.maigoo.com/citiao/117979.html'],
  ['跋山水库', '临沂市', '沂水县', 'https://blog.sina.com.cn/s/blog_778558490101kw19.html'],
]

const NATURAL: readonly Institution[] = NATURAL_ROWS.map(([name, city, county, source]) => ({
  names: [name],
  city,
  county,
  kind: 'nature' as const,
  source,
}))

/**
 * Development and tourism zones that a city runs under their own names (功能区): local news names them
 * without the city (山海天边防派出所…, 鲁西新区公安分局…). A zone is no county (guideline §2.1): the city only.
 * Each row's page names the zone as part of its city. Names other provinces use for their own zones
 * (北海经济开发区 of 广西北海, 南海新区 of 佛山) are left out.
 */
const ZONE_ROWS: readonly Row[] = [
  // 日照's list of its 督察 petitions by area: 东港区…五莲县、经开区、山海天.
  ['山海天', '日照市', null, 'http://www.rznews.cn/viscms/ssthbdczrz3984/20210519/449291.html'],
  // 中国菏泽网 files its 鲁西新区 news under the city's 县区 pages.
  ['鲁西新区', '菏泽市', null, 'http://www.heze.cn/County%20News/2025-10/24/content_645945.html'],
  ['天衢新区', '德州市', null, 'https://news.520dadong.com/d/5220.html'],
]

const ZONES: readonly Institution[] = ZONE_ROWS.map(([name, city, county, source]) => ({ names: [name], city, county, kind: 'landmark' as const, source }))

/*
 * Each row's source states its city, and its county where one is given. Rows whose county no stored
 * page states give the city only, with a comment: 第三海水浴场, 毓璜顶医院, 烟台大学, 鲁东大学, 齐鲁石化.
 * A university or hospital given the city only has, by its page, campuses in more than one county
 * where the page says so (山东师范大学, 山东省立医院, 鲁东大学, 聊城大学, 临沂大学, 烟台大学); for the others
 * (济南大学, 青岛大学, 山东农业大学) the page names the city only.
 */
export const INSTITUTIONS: Record<string, readonly Institution[]> = {
  山东省: [
    ...MAIN_STATIONS,
    ...NATURAL,
    ...ZONES,
    // 济南
    { names: ['千佛山医院'], city: '济南市', county: null, kind: 'hospital', source: GUIDELINE },
    { names: ['趵突泉'], city: '济南市', county: '历下区', kind: 'landmark', source: GUIDELINE },
    { names: ['大明湖'], city: '济南市', county: '历下区', kind: 'landmark', source: 'https://m.zhanbuba.com/jingyan_mcyhqffyifik' },
    { names: ['黑虎泉'], city: '济南市', county: '历下区', kind: 'landmark', source: 'https://www.wingontravel.com/discovery/scenic-heihu-spring-76535' },
    { names: ['泉城广场'], city: '济南市', county: '历下区', kind: 'landmark', source: 'https://drbdp.com/4-9634421.html' },
    { names: ['芙蓉街'], city: '济南市', county: '历下区', kind: 'landmark', source: 'http://m.tianqiyubao2.com/news/view-3428711' },
    { names: ['济南遥墙国际机场', '遥墙国际机场', '遥墙机场'], city: '济南市', county: '历城区', kind: 'station', source: 'https://3dmxku.com/daquan/zonghe/7676550.html' },
    { names: ['济南西站'], city: '济南市', county: '槐荫区', kind: 'station', source: 'http://jn.2233323.com/jntt/20733.html' },
    // The hospital's own page: in 济南 since 1897, a central and an east hospital.
    { names: ['山东省立医院'], city: '济南市', county: null, kind: 'hospital', source: 'http://www.sph.com.cn/Html/News/Articles/5837.html' },
    // The university's own page: two campuses, in 历下区 and 长清区.
    { names: ['山东师范大学', '山东师大'], city: '济南市', county: null, kind: 'university', source: 'https://english.sdnu.edu.cn/about.htm' },
    // The page (a mirror of the English Wikipedia article): located in Jinan City.
    { names: ['济南大学'], city: '济南市', county: null, kind: 'university', source: 'https://wikimili.com/en/University_of_Jinan' },
    { names: ['中国重汽'], city: '济南市', county: null, kind: 'enterprise', source: 'http://intecn.com/xinwendongtai/543.html' },
    { names: ['浪潮集团'], city: '济南市', county: null, kind: 'enterprise', source: 'http://tech.jiangsulong.com/a/2020/0715/0G514195X2020_2.html' },
    // 青岛
    { names: ['中国海洋大学'], city: '青岛市', county: null, kind: 'university', source: GUIDELINE },
    // The page (a scholarship site's profile of the university): located in Qingdao.
    { names: ['青岛大学'], city: '青岛市', county: null, kind: 'university', source: 'https://www.bourses-etudiants.ma/organisme/qingdao-university/' },
    // 栈桥 is also the common word for a pier or a trestle (东湖绿道…3号栈桥, in 武汉): 青岛's only beside 青岛.
    { names: ['青岛栈桥'], shortNames: ['栈桥'], city: '青岛市', county: '市南区', kind: 'landmark', source: 'https://ask.nctoro.com/a197723' },
    { names: ['八大关'], city: '青岛市', county: '市南区', kind: 'landmark', source: 'https://ask.nctoro.com/a197723' },
    { names: ['五四广场'], city: '青岛市', county: '市南区', kind: 'landmark', source: 'https://ask.nctoro.com/a197723' },
    // The page gives its address as 青岛市市南区黄海路18号八大关风景区内.
    { names: ['花石楼'], city: '青岛市', county: '市南区', kind: 'landmark', source: 'http://m.cnzzzz.com/n/1489.html' },
    // 汇泉湾 (一浴), 太平湾 (二浴), 湛山湾 (三浴) and 六浴 by 栈桥 are all in 市南区. Other home cities number
    // their beaches too (日照's 阳光海岸 has a 第三海水浴场 by 山海天: http://sd.china.com.cn/a/2017/hdrz_0502/950557.html),
    // so the bare numbered name is read as 青岛's only with 青岛 named, like 一浴.
    { names: ['青岛第一海水浴场'], shortNames: ['第一海水浴场', '一浴'], city: '青岛市', county: '市南区', kind: 'landmark', source: 'https://meet99.com/trips/view/78658.html' },
    { names: ['青岛第二海水浴场'], shortNames: ['第二海水浴场', '二浴'], city: '青岛市', county: '市南区', kind: 'landmark', source: 'http://www.logo2010.com/56721/' },
    // Was 市南区; its pages (this one, 一浴's, naming 三浴 among 青岛's beaches, and travel guides) put it
    // east of 太平角 by 湛山湾 in 青岛 and name no district; searched with 市南区, 湛山湾 and in English.
    // The city only.
    { names: ['青岛第三海水浴场'], shortNames: ['第三海水浴场', '三浴'], city: '青岛市', county: null, kind: 'landmark', source: 'http://bytravel.cn/landscape/11/diyihaishuiyuchang.html' },
    { names: ['青岛第六海水浴场'], shortNames: ['第六海水浴场', '六浴'], city: '青岛市', county: '市南区', kind: 'landmark', source: 'https://meet99.com/trips/view/78658.html' },
    { names: ['石老人海水浴场', '石老人'], city: '青岛市', county: '崂山区', kind: 'landmark', source: 'https://m.163.com/dy/article/EICEM6IB0524SPPJ.html' },
    { names: ['崂山风景区', '崂山景区'], city: '青岛市', county: '崂山区', kind: 'landmark', source: 'http://www.china-npa.org/info/1339.jspx' },
    { names: ['青岛胶东国际机场', '胶东国际机场', '胶东机场'], city: '青岛市', county: '胶州市', kind: 'station', source: 'https://ergou.cc/tech/963718.html' },
    { names: ['灵山岛'], city: '青岛市', county: '黄岛区', kind: 'landmark', source: 'https://www.tzshuo.com/a/49596.html' },
    { names: ['海尔集团'], city: '青岛市', county: null, kind: 'enterprise', source: 'https://dianpushuo.com/article-828-1.html' },
    // Sites in several counties (its page: the group's largest white-goods base is in 平度市): the city only.
    { names: ['海信集团'], city: '青岛市', county: null, kind: 'enterprise', source: 'https://hot.dzwww.com/w__cQZ?ipage=3' },
    // Breweries in several counties (its page: 青啤三厂 is in 平度市): the city only.
    { names: ['青岛啤酒'], city: '青岛市', county: null, kind: 'enterprise', source: 'http://haicent.com/list.asp?id=89190' },
    // 淄博 · 东营 · 烟台
    // Was 临淄区; its page, like the company's own profile, says 坐落于山东省淄博市, 16.65 km².
    // No stored page puts the company in 临淄区 (searched 齐鲁石化 with 临淄区, 辛店, 烯烃厂 and in
    // English): the 齐鲁化学工业区, built on its products, is in 临淄区 (http://icoat.cc/news/10870.html),
    // and 临淄区's press office spoke on its 烯烃厂's fire (http://m.igaliao.com/ask/776551IwB9PXjgd),
    // which says where that works is, not the company. The city only.
    { names: ['齐鲁石化'], city: '淄博市', county: null, kind: 'enterprise', source: 'http://usedcar.dizo.com.cn/jujiao/2023/0428/60224.html' },
    { names: ['胜利油田'], city: '东营市', county: null, kind: 'enterprise', source: 'http://www.pmbk.cn/a/845084.html' },
    { names: ['黄河口生态旅游区'], city: '东营市', county: '垦利区', kind: 'landmark', source: 'http://24hours.tech/article/96129408720711680' },
    { names: ['蓬莱阁'], city: '烟台市', county: '蓬莱区', kind: 'landmark', source: 'http://m.tlmhxx.com/yxwd/202512/440467.html' },
    // Was 芝罘区; the page names 烟台毓璜顶医院 and no district, nor did any other found (searched with
    // 芝罘区, 毓璜顶东路, 莱山 and in English). The city only.
    { names: ['毓璜顶医院'], city: '烟台市', county: null, kind: 'hospital', source: 'http://bzyjjs.com/photo/show-44958.html' },
    // Was 莱山区; the page says 位于山东省烟台市 and no district, and the university has a second campus,
    // its 科教园区 in the 黄渤海新区 (https://fensifuwu.com/emotion/me/e209d6c8d16b435b36eef726a7639bb1.html). The city only.
    { names: ['烟台大学'], city: '烟台市', county: null, kind: 'university', source: 'http://www.16fw.com/fw/1054151.html' },
    // Was 芝罘区; the page: located in Yantai City, its teacher education college on the 蓬莱 campus. The city only.
    { names: ['鲁东大学'], city: '烟台市', county: null, kind: 'university', source: 'https://wodeyuanxiao.com/EducationalKnowledge/ocxillqzcc.html' },
    { names: ['万华化学'], city: '烟台市', county: null, kind: 'enterprise', source: 'https://cen.acs.org/articles/94/i21/CEN-profiles-Wanhua-Chemical-Chinese-cn.html' },
    // Six production bases, the largest in 烟台 (its page): the city only.
    { names: ['张裕'], city: '烟台市', county: null, kind: 'enterprise', source: 'https://lxnxw.com/shenghuo/meishi/jl445j.html' },
    { names: ['南山集团'], city: '烟台市', county: '龙口市', kind: 'enterprise', source: 'https://xinjiapo.news/news/220680/amp' },
    // 潍坊 · 济宁 · 泰安 · 威海 · 枣庄
    { names: ['十笏园'], city: '潍坊市', county: '潍城区', kind: 'landmark', source: 'https://www.163.com/dy/article/HJ2LIFI405346RC6.html' },
    { names: ['潍柴'], city: '潍坊市', county: null, kind: 'enterprise', source: 'https://cm.hczyw.com/2014/0327/147220.html' },
    { names: ['晨鸣纸业'], city: '潍坊市', county: '寿光市', kind: 'enterprise', source: 'http://chenmingpaper.com/news/qydtxx.aspx?id=10643' },
    { names: ['孔府', '孔林', '曲阜孔庙', '三孔景区'], city: '济宁市', county: '曲阜市', kind: 'landmark', source: 'https://m.baike.so.com/doc/4135376-4334951.html' },
    // The lake's Shandong water is run from 微山县 (the page); its Jiangsu part, 沛县's, is no Shandong item's place.
    { names: ['微山湖'], city: '济宁市', county: '微山县', kind: 'landmark', source: 'http://tcvpt.com/info-100493-23554.html' },
    { names: ['泰山景区', '泰山风景区', '泰山风景名胜区'], city: '泰安市', county: null, kind: 'landmark', source: GUIDELINE },
    { names: ['岱庙'], city: '泰安市', county: '泰山区', kind: 'landmark', source: 'https://mmoonet.com/jingqu/19426.html' },
    // The university's own page: founded in 济南, moved to 泰安 in 1958.
    { names: ['山东农业大学', '山东农大'], city: '泰安市', county: null, kind: 'university', source: 'http://english.sdau.edu.cn/AboutSDAU/list.htm' },
    { names: ['成山头'], city: '威海市', county: '荣成市', kind: 'landmark', source: 'http://www.chinadaily.com.cn/hqph/2006-04/20/content_572896_3.htm' },
    { names: ['刘公岛'], city: '威海市', county: '环翠区', kind: 'landmark', source: 'https://www.wulaqu.com/read-184127.html' },
    { names: ['台儿庄古城'], city: '枣庄市', county: '台儿庄区', kind: 'landmark', source: 'https://kpzsz.com/zh-hk/shxcs/848zrx.html' },
    // 聊城 · 临沂 · 滨州 · 德州 · 日照 · 菏泽
    { names: ['聊城古城', '光岳楼', '东昌湖'], city: '聊城市', county: '东昌府区', kind: 'landmark', source: 'https://agftrading.com/html/news/ycwh/628574.shtml' },
    { names: ['东阿阿胶'], city: '聊城市', county: '东阿县', kind: 'enterprise', source: 'https://digfamily.com/zh-sg/preservation/08a64489244893774064547cb4819c62.html' },
    // The page (the university's profile on a study-in-China site): in Liaocheng City, a west and an east campus.
    { names: ['聊城大学'], city: '聊城市', county: null, kind: 'university', source: 'http://university.cuecc.com/school/news?id=488&newsid=55&lua=' },
    // The university's own page: located in Linyi City, with two branch campuses.
    { names: ['临沂大学'], city: '临沂市', county: null, kind: 'university', source: 'http://wsc.lyu.edu.cn/20/fc/c1186a8444/page.htm' },
    { names: ['魏桥创业集团', '魏桥'], city: '滨州市', county: '邹平市', kind: 'enterprise', source: 'https://zhimen.com/chuangye/54709.html' },
    { names: ['曹州牡丹园'], city: '菏泽市', county: '牡丹区', kind: 'landmark', source: 'https://meipian.cn/1bv2kzrq' },
  ],
}
