import { describe, expect, it } from 'vitest'
import { place } from '../../helpers/home-tagger.ts'

// Tuning round 16 of issue #19: place evidence the representative tune7 part, then the 政务 part tune9, found unread
// or misread (docs/tagging-guideline.md §2.1–2.3). The sentences are written for the test.

describe('a 市-initial district right after its city’s full name is that district (guideline §2.1)', () => {
  it('reads 济南市中 and 青岛市南 before a police unit as the district', () => {
    expect(place('', '济南市中公安分局民警走进经四路一家银行,提醒储户提防冒充客服的骗局。')).toEqual(['山东省', '济南市', '市中区'])
    expect(place('', '近日,青岛市南公安接到一名游客求助,称手机遗落在出租车上。')).toEqual(['山东省', '青岛市', '市南区'])
  })
  it('keeps 济南市中级人民法院 the city’s court', () => {
    expect(place('', '济南市中级人民法院今天公开宣判一起合同诈骗案。')).toEqual(['山东省', '济南市', null])
  })
})

describe('a town’s short name right after its own county is that town (guideline §2.1)', () => {
  it('gives the county over a city unit’s attention', () => {
    expect(place('', '天桥区桑梓店办事处一处在建厂房发生坍塌,济南市委市政府高度重视,要求全力搜救。')).toEqual(['山东省', '济南市', '天桥区'])
  })
})

describe('a county whose leaders accompany (陪同) a visit hosts it (guideline §2.1)', () => {
  it('gives the county over a city bureau leading the visit', () => {
    expect(place('', '枣庄市生态环境局负责同志到山亭区检查扬尘治理,山亭区副区长陪同检查。')).toEqual(['山东省', '枣庄市', '山亭区'])
  })
  it('gives the county over a provincial department leading the visit', () => {
    expect(place('山东省文化和旅游厅调研组来曲阜调研', '调研组察看了三处文物修缮工地,曲阜市副市长陪同调研。')).toEqual(['山东省', '济宁市', '曲阜市'])
  })
  it('leaves a city bureau’s visit with no host named city-level', () => {
    expect(place('', '枣庄市生态环境局负责同志到山亭区检查扬尘治理。')).toEqual(['山东省', '枣庄市', null])
  })
})

describe('a county before a counted or aged person is where the person is from (guideline §2.1)', () => {
  it('gives the other county named as the scene', () => {
    expect(place('莱阳七旬老人走失 海阳民警连夜寻回', '')).toEqual(['山东省', '烟台市', '海阳市'])
  })
  it('keeps the county when it is the only place named', () => {
    expect(place('高青一男子酒后驾车被查', '')).toEqual(['山东省', '淄博市', '高青县'])
  })
})

describe('a city named before many or some of its places at once speaks for the city (guideline §2.1)', () => {
  it('keeps 青岛多个小区停水 city-level whatever district the body names', () => {
    expect(place('青岛多个小区今起停水', '受管网改造影响,李沧区九水路沿线的部分居民将停水一天。')).toEqual(['山东省', '青岛市', null])
  })
  it('keeps 烟台部分高速 and 济南多名网友 city-level', () => {
    expect(place('烟台部分高速入口因雪封闭', '截至上午10时,莱山区境内两个收费站入口关闭。')).toEqual(['山东省', '烟台市', null])
    expect(place('', '济南多名网友在留言板反映公交站台缺少遮阳棚,有网友提到槐荫区段店一带。')).toEqual(['山东省', '济南市', null])
  })
  it('keeps a city’s plan city-level', () => {
    expect(place('2024年济南市计划改造老旧小区300个', '首批开工的五个小区都在槐荫区。')).toEqual(['山东省', '济南市', null])
  })
  it('keeps the city’s people as a whole (济南人) city-level', () => {
    expect(place('春节返乡遇上寒潮 听听济南人怎么说', '家住历城区的一位市民说,今年准备在家门口过年。')).toEqual(['山东省', '济南市', null])
  })
})

describe('the towns and 社区 of a city’s zone give the city only (guideline §2.1)', () => {
  it('reads a 社区 under a headline naming the city’s 高新区 as the city', () => {
    expect(place('走进潍坊高新区这些社区', '在樱前社区,志愿者每周为独居老人送去热饭。')).toEqual(['山东省', '潍坊市', null])
  })
  it('still reads the 社区 as its county with no zone named', () => {
    expect(place('走进潍坊这些社区', '在樱前社区,志愿者每周为独居老人送去热饭。')).toEqual(['山东省', '潍坊市', '奎文区'])
  })
})

describe('an enterprise in one county gives it when its city is named and no county (guideline §2.1)', () => {
  it('reads 烟台南山集团 as 龙口市', () => {
    expect(place('', '今天凌晨,烟台南山集团一套装置发生泄漏,消防救援人员赶赴现场处置。')).toEqual(['山东省', '烟台市', '龙口市'])
  })
  it('reads 淄博齐鲁石化 as the city: no stored page states the company’s county (institutions.ts)', () => {
    expect(place('', '今天凌晨,淄博齐鲁石化一套装置发生泄漏,消防救援人员赶赴现场处置。')).toEqual(['山东省', '淄博市', null])
  })
})

describe('lists of alike places give the level above (guideline §2.1–2.2)', () => {
  it('reads the province and two cities alike, no county, as the province', () => {
    expect(place('', '山东省淄博、聊城等地开展农民工工资支付专项检查,追回欠薪300余万元。')).toEqual(['山东省', null, null])
  })
  it('reads a headline listing the home province beside another as national', () => {
    expect(place('督察组通报河北、山东两省典型案例', '')).toBeNull()
  })
})

describe('the city’s own unit acting speaks for the city (guideline §2.1, §2.3)', () => {
  it('keeps a headline city-level when 市交通运输局 acts and a district is met in the body', () => {
    expect(place('济南三条公交线路调整', '市交通运输局发布消息,调整后的线路将途经历城区的几所学校。')).toEqual(['山东省', '济南市', null])
  })
  it('leaves a 县级市 in the body to its own 市…局', () => {
    expect(place('潍坊一学校周边道路改造', '市交通运输局发布消息,寿光市一所学校门前的道路将改造。')).toEqual(['山东省', '潍坊市', '寿光市'])
  })
})

describe('a home place opening a paper’s name in the dateline is the outlet (guideline §2.1)', () => {
  it('keeps a provincial department’s statement filed by a city paper the province’s', () => {
    expect(place('', '青岛日报社/观海新闻5月6日讯 山东省教育厅日前发布通知,部署全省中小学暑期安全工作。')).toEqual(['山东省', null, null])
  })
})

describe('a landmark row settles its county (guideline §2.1)', () => {
  // Round 21: a landmark settles its county where something happened there, not in a subject it only exemplifies.
  it('reads 花石楼 as 市南区', () => {
    expect(place('', '下午,两名游客在花石楼附近的礁石上被涨潮困住,消防员赶到将二人救出,一人受伤。')).toEqual(['山东省', '青岛市', '市南区'])
  })
})

describe('a city’s undated dateline is where the desk is (guideline §2.1)', () => {
  it('sets 本报济南讯 aside in an item about the province', () => {
    expect(place('清明山东5处高速施工', '本报济南讯 记者从省交通运输厅了解到,我省境内高速公路目前有5处施工路段。')).toEqual(['山东省', null, null])
  })
  it('keeps a county’s undated dateline, the county desk’s own news', () => {
    expect(place('', '沂源讯 连日来,南麻街道组织志愿者清理河道垃圾。')).toEqual(['山东省', '淄博市', '沂源县'])
  })
})

describe('a body that names three or more of a city’s counties speaks of the city (guideline §2.1)', () => {
  it('keeps it city-level even when one county is named twice', () => {
    expect(place('', '暴雨过后,兰山区、罗庄区和河东区多处道路积水,兰山区通达路一带积水最深。')).toEqual(['山东省', '临沂市', null])
  })
  it('still gives the county named more often of two', () => {
    expect(place('', '暴雨过后,兰山区和罗庄区多处道路积水,兰山区通达路一带积水最深。')).toEqual(['山东省', '临沂市', '兰山区'])
  })
})
