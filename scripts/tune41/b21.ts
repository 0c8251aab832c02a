// batch 21 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://www.163.com/dy/article/K9L9OC8U0552MQLM.html', '网易号', null, '筑牢安全防线!菏泽严查电动车不戴头盔等10类违法,实行顶格处罚', '9月15日起,菏泽市正式拉开电动自行车交通违法集中整治行动的大幕,针对不佩戴安全头盔、逆向行驶等10类突出违法行为,严格按照法律法规顶格处罚,全力守护市民出行安全,筑牢道路交通安全防线。', 'gaj', '山东省', '菏泽市', null],
['http://www.xiangyin.gov.cn/31176/31179/content_1830455.html', '湘阴县人民政府', null, '', '6月23号,县公安局交警大队抽调七个中队近百名警力,在全县城区、乡镇主干道路口,开展摩托车电动车专项整治。重点对驾乘人员骑车不佩戴头盔、车辆违规安装遮阳伞、非法载人载客等行为进行查处。', 'gaj', '湖南省', null, null],
['https://lyxinwen.com.cn/info/109776.html', '琅琊新闻网', null, '', '琅琊新闻网讯 日前,临沂市市场监管局发布《关于14批次食品不合格情况的通告(2022年第21期)》。为进一步保障食品安全,临沂市市场监督管理局对饼干、餐饮食品、罐头、水产制品、食用农产品、蔬菜制品、糖果制品等10大类食品374批次样品进行了监督抽检,其中餐饮食品、食用农产品、炒货食品及坚果制品、蔬菜制品、水产制品5大类食品14批次样品不合格,检出食品添加剂超标、农药残留等问题。', 'scjgj', '山东省', '临沂市', null],
]
