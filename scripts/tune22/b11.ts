// batch 11 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://cgj.cq.gov.cn/zwxx_173/bmdt/csgldt/js/202101/t20210114_8765118.html', '重庆市城市管理局', '2021-01-14', '沙坪坝区开展环境卫生大整治行动', '一是强力整治脏乱差。清理卫生死角390处,暴露垃圾71.8吨,收运生活垃圾9306.3吨,维修果皮箱233个。', 'cgj', '重庆市', null, null],
['http://www.zgcxtc.cn/news/247318.html', '铜梁报', '2022-08-29', '铜梁:治理城市顽疾 提升城市品质', '近日,记者在铜梁区解放路步行街看见,民警、市政执法队员正在对市民乱停放、违章搭建进行整治。在巴江巷,原来占道堆放的各类杂物和乱停放的电动车、摩托车被清理干净。', 'cgj', '重庆市', null, null],
['http://ncrb.cqncnews.com/html/2025-08/07/content_24566_18781063.htm', '南川日报', '2025-08-07', '区市场监管局专项检查守护“花盆山麦耳朵”安全', '本报讯(记者 卢娅玲 实习生 熊航飞)日前,区市场监督管理局对“花盆山麦耳朵”餐饮商户开展专项检查。', 'scjgj', '重庆市', null, null],
['http://ywyypt.chci.cn/info_322565.html', '岳阳日报', '2020-08-24', '全市湖区14个堤垸超警总堤长225.5公里', '岳阳日报全媒体讯(记者 刘革)记者刚刚从市防办获悉最新汛情快报。', 'slj', '湖南省', null, null],
['http://news.cnhubei.com/shiyan/p/12216774.html', '秦楚网', null, '', '8月3日晚,受强降雨影响,张湾区316国道西线回龙段1654+420处半幅路基被冲毁,致使交通临时中断。经紧急抢修,目前半幅恢复通行。', 'jtysj', '湖北省', null, null],
['http://sc.xinhuanet.com/20250208/c01f0c836d4742a6ad176fa2145cee35/c.html', '四川省人力资源和社会保障厅', '2025-02-08', '促就业、保民生、助发展 2025年四川省“春风行动”启动', '2月7日,大年初十,37岁的强军坐上返岗包机从四川广元抵达浙江杭州,开始新一年的工作。', 'rsj', '四川省', null, null],
]
