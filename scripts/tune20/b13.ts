// batch 13 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['https://cbgc.scol.com.cn/news/6104986', '济南互联网联合辟谣平台', null, '', '3月23日,有网民在网络平台发布“济南市比亚迪汽车工业园着火”“济南海绵厂现场浓烟滚滚,火光冲天”等消息,并配发相关短视频。', 'yjj', '山东省', '济南市', null],
['https://dcwnkz.com/new/6d91da2c24864e8f9aea3df116c6eda5', '滨州网警', null, '', '近日,部分网民传播“我市发生命案、杀人犯,已杀两人”等信息,经公安机关核实,均为谣言!', 'gaj', '山东省', '滨州市', null],
['https://epaper.qlwb.com.cn/qlwb/content/20180420/ArticelN03002FM.htm', '齐鲁晚报', '2018-04-20', '德州现“偷小孩”团伙?谣言!', '本报4月19日讯(记者 刘潇 通讯员 骆守明) 最近一则“黄河涯乡被偷三个孩子,临河庄丢失两个孩子,德州市区被偷五个孩子,宝马车在各学校门口抢孩子”的一条微信在德州市民微信朋友圈流传。', 'gaj', '山东省', '德州市', null],
['https://jnpy.e23.cn/html/2022/jnpy_1203/2503.html', '济南市教育局', '2022-12-03', '事关中小学恢复线下教学,济南市教育局发布辟谣声明', '近日,一张显示为“济南市教育局门户网站发布题为《教育部印发通知部署科学精准做好2022年冬季学期疫情防控工作》”的文章截图在网上传播,对广大学生和家长造成了严重误导。', 'jyj', '山东省', '济南市', null],
['https://www.thepaper.cn/newsDetail_forward_21945111', '菏泽教育', '2023-02-16', '菏泽市教育局辟谣:这个通知是假的,师生家长别信!', '2月15日,市教育局接到部分学校反映,收到《关于举办“家庭教育公益讲座进校园”活动的通知》文件(如图),经核实,此文件为假文件,消息不属实。请广大师生不信谣,不传谣。', 'jyj', '山东省', '菏泽市', null],
]
