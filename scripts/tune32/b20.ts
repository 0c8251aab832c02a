// batch 20 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://dzwww.com/shandong/sdnews/201706/t20170615_16045478.htm', '山东广播电视台', '2017-06-15', '大雨过后东营一小区被淹 排水管道不畅边排边返水', '6月11日东营迎来了一场大暴雨,然而直到13日东营瑞西小区的积水仍然有三四十公分深,积水严重小区居民出行困难。', 'zjj', '山东省', '东营市', null],
['https://sd.news.163.com/22/0809/14/HEB800J304379D5T.html', 'sd.news.163.com', '2022-08-09', '日照:创城,让城市更美好', '8月8日,烈日炎炎,热浪袭人,在北京路上,市园林环卫集团的秦泗乐、刘兆森大汗淋漓地驾驶着洒水车、清扫车,一前一后配合开展清洁作业。经过“洗澡除垢”后的街道洁净优美,一尘不染。', 'cgj', '山东省', '日照市', null],
]
