/**
 * Local outlets whose names name no division (半岛都市报, 鲁中晨报, 黄三角早报), and the home city whose
 * own press they are: the outlet's place (guideline §2.3) that the name cannot give. Data, not code:
 * each entry names its publisher and where that is stated (`source`). Only an outlet that one city's
 * press group or party paper publishes for its city is listed; a provincial title (齐鲁晚报, 大众网,
 * 齐鲁壹点, 闪电新闻, 生活日报) is not, and neither is one that covers several cities.
 */
export interface LocalOutlet {
  /** Names as an item may credit them; a credit containing one is that outlet (半岛网-半岛都市报). */
  names: readonly string[]
  city: string
  publisher: string
  source: string
}

const wiki = (title: string) => `https://zh.wikipedia.org/wiki/${title}`

/*
 * Not verified from here (no stored page states the publisher): 舜网, 半岛都市报, 观海新闻, 鲁中晨报,
 * 黄三角早报, 水母网, 胶东在线, 鲁北晚报. 沂蒙晚报/鲁南商报's page also says 大众报业集团 has run them
 * jointly with 临沂日报报业集团 since 2010.
 */
export const LOCAL_OUTLETS: Record<string, readonly LocalOutlet[]> = {
  山东省: [
    { names: ['舜网'], city: '济南市', publisher: '济南日报报业集团', source: wiki('济南日报') },
    { names: ['半岛都市报', '半岛网'], city: '青岛市', publisher: '青岛日报报业集团', source: wiki('半岛都市报') },
    { names: ['观海新闻'], city: '青岛市', publisher: '青岛日报报业集团', source: wiki('青岛日报') },
    { names: ['鲁中晨报', '鲁中网'], city: '淄博市', publisher: '淄博日报社', source: wiki('淄博日报') },
    { names: ['黄三角早报'], city: '东营市', publisher: '齐鲁晚报 (东营)', source: 'https://hsjzb.qlwb.com.cn' },
    { names: ['水母网'], city: '烟台市', publisher: '烟台日报传媒集团', source: wiki('烟台日报') },
    { names: ['胶东在线'], city: '烟台市', publisher: '烟台市委宣传部', source: wiki('胶东在线') },
    { names: ['黄海晨刊'], city: '日照市', publisher: '日照日报社', source: 'https://m.yybnet.net/rizhao/news/201709/6499365.html' },
    { names: ['沂蒙晚报', '鲁南商报'], city: '临沂市', publisher: '临沂日报报业集团', source: 'http://sd.dzwww.com/cj/201204/t20120412_7040837.htm' },
    { names: ['鲁北晚报'], city: '滨州市', publisher: '滨州日报社', source: wiki('滨州日报') },
    { names: ['牡丹晚报'], city: '菏泽市', publisher: '菏泽日报社', source: 'https://zh.m.wikipedia.org/zh-mo/%E8%8F%8F%E6%B3%BD%E6%97%A5%E6%8A%A5' },
  ],
}
