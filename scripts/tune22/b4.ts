// batch 4 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://www.jiaodong.net/news/system/2021/08/15/014206655.shtml', '胶东在线', '2021-08-15', '', '胶东在线8月15日讯(记者 贾楚航 通讯员 张锟)8月15日上午,烟台市成功组织第二十三次防空(防灾)警报试鸣活动。9时30分,数百台防空警报器按照预先警报、空袭警报、灾情警报和解除警报的顺序依次鸣响,烟台广播电视台同步播放防空警报试鸣插播片。', 'rfb', '山东省', '烟台市', null],
['http://zibo.subaoxw.com/2023/jy_0323/101911.html', '速豹新闻网', '2023-03-23', '权威发布丨淄博市开展第五次全国经济普查', '速豹新闻网淄博讯(记者 苗露 郭治强)3月23日,淄博市政府新闻办公室组织召开淄博市开展第五次全国经济普查新闻发布会,邀请淄博市统计局有关负责人介绍情况。', 'tjj', '山东省', '淄博市', null],
['http://lcxw.cn/bumen/jiaoti/20220629/20075.html', '聊城日报', '2022-06-29', '冠县防溺水教育从小学生抓起', '本报讯(申东方)“妈妈你看,这里写着‘水深危险,请勿靠近’,我们快离远一点!”6月19日上午,冠县清泉河畔,市民刘爽带着女儿杉杉玩耍时,杉杉突然说。', 'jyj', '山东省', '聊城市', '冠县'],
]
