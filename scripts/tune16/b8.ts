// batch 8 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://www.hntv520.com/news/hyxw/news_90752.html', 'hntv520.com', null, '', '本報東營訊 環保部、科技部近日聯合發文,授予黃河三角洲自然保護區“國家環保科普基地”榮譽稱號,將在科普基地建設工作中發揮示范和帶頭作用。', 'sthjj', '山东省', '东营市', null],
['http://dongying.dzwww.com/dyjy/202102/t20210226_7956137.htm', '大众网', '2021-02-26', '利津县对全县校车进行开学前安全运营和疫情防控核验', '日前,利津县教育局联合县交通管理大队、县盛凯校车服务有限公司,分利津县凤凰实验中学、利津县津盛驾校南北两个核验点,对全县校车进行开学前安全运营和疫情防控核验。', 'jyj', '山东省', '东营市', '利津县'],
['http://news.dongyingnews.cn/system/2017/11/01/010693535.shtml', '东营网', '2017-11-01', '东营这些食品抽检不合格 最多的竟然是鸡蛋', '东营网讯 据东营区市场监督管理局官网10月31日消息,近期,东营区市场监督管理局组织抽检豆制品、肉制品、乳制品、饮料、速冻食品、酒类、水产制品、食用农产品等14类食品329批次样品,抽样检验项目合格样品321批次,不合格样品8批次(1批次正在异议处理),合格率97.86%。', 'scjgj', '山东省', '东营市', '东营区'],
['https://dongying.dzwww.com/dyxw/201509/t20150924_13101185.htm', '黄河口晚刊', '2015-09-24', '', '中秋节、国庆节将至,为保障节日期间食品安全,加强食品安全监管,9月18日,东营经济技术开发区市场监督管理局开展食品安全集中抽检。', 'scjgj', '山东省', '东营市', null],
]
