// batch 10 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://m.yybnet.net/chengdu/news/201906/9224287.html', '东营日报', '2019-06-21', '请爱惜身边的公共设施', '本报讯 6月20日下午16:00左右,记者就多位热心市民反映的问题线索,对东营市东城部分公共设施被损毁现象进行了暗访调查。', 'cgj', '山东省', '东营市', null],
['http://www.cnwaste.com/wap/index.php?itemid=5653&moduleid=21', 'cnwaste.com', '2014-09-11', '东营投资800多万元改善运河路污水难题', '9月9日上午,记者来到山东省东营市金水农贸市场发现,往常堆积如山的垃圾已经不见,取而代之的是开挖的下水道以及正在施工的检查井。记者询问发现,在谈及沿街商铺下水道污水横流现象时,从市场附近的商户到周边楼道的业主大都谈污色变。', 'cgj', '山东省', '东营市', null],
]
