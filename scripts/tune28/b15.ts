// batch 15 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://www.cnhan.com/html/whwb/20160329/302549.htm', '武汉晚报', '2016-03-29', '数千居民外出接水做饭', '本报讯(记者赵家新通讯员谢铭辉)半夜起床上厕所,哪知水管没水。昨天,后湖大道新荣苑小区数千居民不得不四处找水做午饭。', 'slj', '湖北省', null, null],
['http://hb.ifeng.com/news/fygc/detail_2013_10/17/1342759_0.shtml', '凤凰湖北', '2013-10-17', '主水管破裂停水7小时 武汉后湖居民买纯净水救急', '一条主供水管破裂,致使昨日后湖五路、兴业南路沿线小区遭遇停水7小时。经抢修,至昨晚8时20分,沿线恢复供水。', 'slj', '湖北省', null, null],
['http://m.moheshi.com.cn/index.php?a=show&catid=209&id=11578', '快资讯', '2019-10-29', '山東濟寧一酒店門口天然氣管道泄漏事故', '2019年10月27日晚,濟寧市中魯縱橫建設工程有限公司在火炬路跨線橋輔道路面施工過程中,因施工不慎造成濟寧錦江之星品尚酒店門口處DN315中壓燃氣管道破損,導致天然氣泄漏。濟寧市中消防救援大隊20時01分接到報警,立即調派太東中隊出動4車18人趕赴現場對泄漏氣體進行稀釋,20時25分華潤燃氣公司將管道閥門關閉,20時45分現場處置完畢。事故未造成人員傷亡,除哈弗幼兒園之外不影響附近居民生活用氣。華潤燃氣公司將連夜展開搶修,預計28日7時30分恢復供氣。', 'yjj', '山东省', '济宁市', '任城区'],
]
