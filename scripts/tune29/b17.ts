// batch 17 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://cnfood.com/news/show-351199.html', '泰安市市场监督管理局', '2021-03-12', '泰安市市场监督管理局食品安全抽检信息通告2021年第002期', '春节期间,泰安市市场监督管理局开展了“你点我检”专项抽检活动,根据市民投票情况确定抽取生鲜肉、食用植物油、乳制品类、调味品、豆制品、水产品、肉制品、糕点、炒货食品及坚果制品、淀粉制品等10类产品200批次样品进行检验。其中合格样品197批次,不合格样品3批次。具体情况通告如下:', 'scjgj', '山东省', '泰安市', null],
['http://m.nxhuan.com/wcyw/p/675416.html', '德州新闻网', null, '', '德州新聞網訊 (通訊員 高洪民)近日,武城縣信訪法律援助工作站成立,由武城縣信訪局、司法局抽調業務能力強、經驗豐富、善于做群眾工作的工作人員,在武城縣人民群眾來訪接待中心聯合辦公。', 'sfj', '山东省', '德州市', '武城县'],
]
