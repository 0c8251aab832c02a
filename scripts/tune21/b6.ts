// batch 6 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://ls.qdlaoshan.cn/News-info-nid-871.html', '青岛崂山风景名胜区', '2010-06-18', '', '端午节小长假期间,崂山区旅游产业继续延续第二季度快速上升的势头,迎来旅游客源高峰期。近郊游、短线游增长势头良好,崂山区的区位优势进一步显现,丰富的旅游资源使我区成为市民短假期游的首选目的地。', 'whlyj', '山东省', '青岛市', '崂山区'],
['http://dz24hour.cms.dezhoudaily.com/p/80889.html', '德州日报', null, '路畅百业兴 乡村展新颜!德州全力推进“四好农村路”建设,提前2个月完成年度任务', '10月22日,新建成通车的齐河县华焦路宽阔平坦,一辆辆轿车、货车平稳快速驶过,再也听不到往日因路面颠簸产生的咣当作响声。', 'jtysj', '山东省', '德州市', null],
['http://lz.gxhouse.com/News/Info/500321', 'lz.gxhouse.com', null, '', '近日,居住在柳州市柳南区永前路五区18栋和19栋的居民求助说,他们楼下的垃圾没人清理,又脏又乱又臭,出门就见垃圾场,很糟心。', 'cgj', '广西壮族自治区', null, null],
['https://freewechat.com/a/MjM5NDgwNjEwMA==/2650762212/1', '南国今报', '2019-04-07', '开眼!柳州这男子“爱好”收垃圾,堆“垃圾山”可铺满半个蓝球场', '“越堆越多,简直受不了。请你们到场处理,谢谢你们!”近日,有居民投诉柳州市航岭路航阳北苑和水木清华小区的一块空地上,有人堆放了大量垃圾。城管执法部门接报后立即前往调查,发现这些垃圾全是一名男子堆放的。不仅堆在这片空地,还经常把小区楼道也堆满。', 'cgj', '广西壮族自治区', null, null],
['http://www.mz168.com/s/1172', '梅州168', null, '', '10月4日接梅州168网友爆料,兴宁南站外围广场不知什么原因从10月1日起广场没人扫,到处垃圾,近期有附近人每晚到垃圾桶周围找瓶子等,把垃圾桶内的全捣出来,搞得满地全是……', 'cgj', '广东省', null, null],
]
