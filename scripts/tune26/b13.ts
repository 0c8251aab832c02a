// batch 13 — labelled by guideline v1.2 before the tagger ran on any of it
// [url, source, date, title, text, department ('' = none), province (null = national), city, county]
import type { Row } from './row.ts'
export const B: Row[] = [
['http://riosart.com/zi-chuan-xiang-mu-shen-pi-shou-ce-shi-fang-zeng-zhi-fu-wu-da-neng-liang-xiang-mu-shen-pi-shou-ce-ban-li-zi-chuan-xing-zheng-shen-pi.shtml', 'riosart.com', null, '', '“开始去办理项目审批手续的时候,不清楚先从哪里入手。淄川区行政审批服务局企业服务中心的工作人员给我送来了一本《项目审批手册》,薄薄的小册子,内容却很全面。翻一翻,就知道怎么办理审批手续了,真是很有用!\n”1月5日,淄博火炬能源有限责任公司的纪强拿着《项目审批手册》感慨地说。', 'xzspj', '山东省', '淄博市', '淄川区'],
['https://fensifuwu.com/emotion/me/9dc51285d5ba91fe1001a6e13038ec9c.html', '张店融媒', null, '', '【张店融媒讯】“谢谢你们送来的批前清单和手续办理合理化建议,为我们手续办理进程中遇到的困难和问题答疑解惑,下一步我们可以加足马力,集中精力让项目早开工、早落地。”山东齐赢产业投资发展有限公司张经理说道。\n近日,张店区行政审批服务局的专班队伍先后来到山东齐赢产业投资发展有限公司环理工大学创业创新经济带、张店区电子信息科创园等项目筹备现场,帮助捋清项目全生命周期所涉及的审批事项,对各种手续办理过程中的难点、堵点进行解答和剖析,并当场对消防、施工许可等手续办理进行了指导,助力重大项目全速起航。', 'xzspj', '山东省', '淄博市', '张店区'],
['https://jngh.org.cn/content/NDROOFY1UFJVRlNpYUhPSVM', '济南市总工会', '2021-09-14', '村里来了专家体检诊疗队', '为庆祝建党百年,巩固脱贫攻坚成果,助力乡村振兴,在济南市总工会派驻后楼村第一书记王强的积极协调组织下,邀请新华济南健康管理中心于2021年9月10日上午在济阳区后楼村党群服务中心开展了“呵护村民健康•助力乡村振兴”公益义诊活动。', 'wjw', '山东省', '济南市', '济阳区'],
]
