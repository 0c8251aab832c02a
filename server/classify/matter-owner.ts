/**
 * Words that say what a matter looks like but not whose it is, settled by the other words the item
 * already matched (guideline §1.1–1.2). Each rule reads only the departments and terms scored for
 * the item, and whether its text speaks of the countryside (COUNTRYSIDE), and runs after the setting words are discounted.
 *
 * - 道路, 路面, 坑洼 are a road's words, not a highway's: with nothing else of 交通's and a 小区, a city's 大街 or a
 *   village street matched for 住建, the road is the estate's, the city's or the village's (§1.1: city and
 *   village streets are 住建's, highways and 公路 交通's). 小区门前的路面坑坑洼洼 is 住建's. So are a street's opening
 *   (全线贯通, 通车) when it is a 大街 or an estate's gate (§7.1: 灵山大街…改造完成 is a city street's works).
 * - Those road words alone, in a text that names no village, town, 公路 or 浮桥 (COUNTRYSIDE), are a city street's: 住建's
 *   (§7.1: a city's street, its surface and its 人行道 are 住建's, 农村公路 交通's). 芝罘区青年路30号楼下路面破损…坑洼不平 and
 *   扩建后的人民路什么时候正式通车 are 住建's; 县道…路面工程全部完成 and 进村道路破损 stay 交通's. Read last, after the rules
 *   that give a crash's road to the police and an icy road to the weather.
 * - 臭味, 异味, 刺鼻 (and 噪音) describe what garbage does: with nothing else of the environment's and
 *   城管's garbage matched, the smell or the noise is the garbage's (路边垃圾带臭味刺鼻, 垃圾转运站凌晨作业噪音
 *   扰民 are 城管's, not 生态环境's). So is a noise with 城管's building-site noise named (噪音严重扰民…施工噪音问题).
 * - 污水, 排污 with nothing else of the environment's beside 城管's drains or standing water are sewage coming up
 *   on the street, a drainage matter, not pollution (路口井盖冒污水, 污水外溢…路面积水结冰 are 城管's).
 * - 业主, 物业, 小区 say where a 违建 is: with 城管's 违建 words matched and nothing else of 住建's,
 *   they count half (该违建住宅…物业公司表示可以允许业主封阳台 is 城管's).
 * - 国道, 高速公路, 路面 and the like say where a crash happened: with the police's crash words matched and
 *   nothing of 交通's but the road and the 路政 who clear it, the road counts nothing: the crash and its
 *   handling are the police's (§1.2: 高速公路多车相撞 is 交警's; 309国道潍河大桥上三十多辆车连环相撞, 交警、路政、
 *   消防迅速出动 too), or the rescuers' when they are the story (车辆追尾…消防支队救出被困人员 stays 应急's). So is a
 *   highway closed for ice (受路面结冰影响…27条高速公路全线封闭): the closure is 交警's traffic control.
 * - 施工, 工地 say where an accident happened: with nothing else of 住建's and 应急's words for a death or a
 *   collapse matched, they count nothing (管道施工现场突塌…工人身亡, 自建房施工过程中发生墙体坍塌 are 应急's).
 * - 游客, 旅游 and 景区 say who was trapped, why and where they were: with nothing else of 文旅's and the rescue's
 *   words matched for 应急, they count nothing (游客被困礁石, 游客迷路被困崂山, 景区救援失联游客 are rescues, 应急's).
 * - 防汛, 抗旱 and the water bureaus' names, beside a flood command (防汛抗旱指挥部, 防指, 国家防总), are the command's
 *   work and its members: with nothing else of 水利's they are 应急's (§1.1: the command's office sits in 应急管理局), so
 *   区防汛抗旱指挥部…及应急管理局、城乡水务局等部门…介绍防汛抗旱形势 is 应急's, while 水库, 河道, 水位 keep a 水利 matter 水利's.
 * - 小麦, 麦收, 三夏, 秸秆 beside the environment's burning ban (秸秆禁烧, 禁烧, 焚烧秸秆) are the season the ban is kept in
 *   and the straw it is about: what they added goes to the environment, and 农业农村 keeps only its other words
 *   (麦收已全部结束…坚决遏制夏收季节秸秆焚烧行为 is 生态环境's; a harvest with no ban stays 农业农村's).
 * - 学校, 幼儿园, 学生, 家长, 老师 say where a case happened and who was in it: with nothing else of 教育's beside any of
 *   the police's words, they count nothing (§1.2, as 一男子在医院持刀伤人 is the police's: 幼儿园…3名教师被刑拘, 家长报警称
 *   孩子在幼儿园遭到老师殴打, 小学门前…交通状况混乱). A school's own conduct (补课, 收费, 招生) is 教育's words and keeps it.
 *   So are 医院, 就医 for 卫健 (医院门口违停车辆多…市民驾车就医): a patient's or a doctor's matter (挂号, 患者) keeps it 卫健's.
 * - A bureau named by nothing but its own name (财政局, 税务局) beside 应急's fire or explosion words is the building that
 *   burned: it counts nothing (县财政局起火…大楼发生火灾 is 应急's). A bureau with its matter's words (公安局…抓获嫌疑人)
 *   is still acting.
 * - An estate's lift or charging post (电梯, 充电桩) with nothing else of 市场监管's or 能源's, beside the 物业, its fees or
 *   the owners, is the estate's equipment and the 物业's to keep: 住建's (小区电梯坏了…找物业也因为维修资金问题而无果,
 *   小区已建有充电桩…希望物业加强管理). A lift that traps people (被困, 维保) stays 市场监管's.
 * - 积水, 下水道, 排水, a tree or a lawn (树木, 绿化, 毁绿), parking and lamps (路灯), inside an estate (小区内, 小区内部, 小区积水:
 *   its own grounds, not the street outside its gate), are the estate's drains, green, paths and lights: with nothing else of
 *   城管's they are 住建's (§7.1: an estate's own grounds and drains are the 物业's, supervised by 住建; §6.3: 小区内的路灯).
 *   小区内道路一下雨就积水, 小区内树木被毁绿种菜 and 小区内的路灯一年没亮 are 住建's; 小区门前积水, a city drain laid for an estate (新建雨水管道…解决小区内涝: 城管's 雨水管道 is not among
 *   these words) and a 小区's rubbish (垃圾 is 环卫's on both sides of the gate) stay 城管's. Sewage (污水, 异味) with nothing
 *   else of the environment's or of 城管's, inside an estate, is its own sewer overflowing: 住建's too (小区内的污水管道破损…污水外溢).
 * - A rescue's words (救援, 失联, 被困, 搜救 …) with nothing else of 应急's, beside the police's units (派出所, 民警, 报警 …), are the
 *   police's rescue: the police alone acted (§7.3: 景区派出所接到报警…游客失联…请求救援 is 公安's). With a rescuer named for 应急
 *   (消防救援, 救援队, 蓝天救援) beside police named by their units only, police and rescuers acted together: 应急's (§7.3,
 *   公安民警和消防救援人员…救下遇险登山者).
 * - 小区, 老旧小区, 小区内 beside 城管's rubbish words, with nothing else of 住建's, say where the rubbish lies: household rubbish
 *   is 环卫's on both sides of the estate gate (§7.1), so 老旧小区的棚顶堆满垃圾 is 城管's; a complaint about the 物业's service
 *   (物业, 物业费) is 住建's words and keeps it 住建's.
 * - A vessel in distress at sea (渔船, 货船 … with 应急's words for its fire, sinking or search and nothing else of 应急's) is the
 *   acting agency's (§6.1): 海事 or a 海上搜救中心 → 交通 (威海近海一艘渔船突发火灾，海上搜救中心组织救援); a fisheries agency
 *   (渔政, 海洋与渔业局) → 海洋, whose 渔政 and 渔民 at sea are 海洋's, not the inland fisheries' of 农业农村 (县渔政监督大队…渔船
 *   停泊在…海面上). With neither named the rules' own answer stands.
 * - 农业农村's words for a fishery and its farming (渔业, 捕捞, 养殖, 渔民 …) beside 海洋's words for the sea (海域, 近海, 渔港, 休渔,
 *   海参, 牡蛎 …) are a fishery at sea: 海洋's (§6.1: the coast's fisheries authority is the 海洋发展和渔业局), while 农业农村 keeps
 *   its other words. A 渔船 alone does not put it at sea (微山湖's boats are an inland fishery's, 农业农村's).
 * - A weather service's forecast or warning (气象局, 气象台 with nothing of 应急's but the weather's own words: 暴雨, 降雨,
 *   台风 …) is weather with no one acting: no department (§3, §6.4). 济南市气象局发布暴雨黄色预警 names none; a response
 *   (应急响应, 防汛指挥部, 转移) or a disaster (被困, 受灾) beside the warning is 应急's words and keeps the item 应急's. So is
 *   its warning of icy roads: 道路结冰 with a weather service named and nothing else of the police's gives no department.
 */

export interface Scored {
  score: number
  terms: Set<string>
  /** What each term added, title and body together, before the setting words were discounted. */
  parts: Map<string, number>
}

/** 交通's words that every road has; a highway's own words (公路, 国道, 公交 …) are not among them. */
const ROAD_WORDS = new Set(['道路', '路面', '坑洼', '修路', '道路维修', '全线贯通', '通车'])
/**
 * What puts a road in the countryside or on a highway, where its works are 交通's (§7.1: 农村公路, 县道, 乡道, 村道, a road the
 * text calls a 公路; a 黄河浮桥 is no street either): a village (村, a 大队 or 村民小组), a town (镇, 乡, 街道办), a county or
 * township road, a highway. Read in the whole text, headline and lead.
 */
export const COUNTRYSIDE = /村|乡|镇|大队|小组|街道|县道|乡道|村道|公路|国道|省道|高速|浮桥/

/** A metro line, and the road words its building site gives (§7.1: a city street built on, dug up or caved in is 住建's). */
const RAIL_WORDS = new Set(['轨道交通', '地铁'])
const RAIL_BUILDING = new Set([...RAIL_WORDS, ...ROAD_WORDS])
/**
 * 住建's words for an estate or a village street, beside which a road is not a highway. A village's own lanes (村内道路,
 * 村内大街小巷) are its streets, not a 村道 or 村村通 公路 (§7.1).
 */
const STREET_PLACES = new Set(['小区', '小区内', '小区内部', '小区道路', '老旧小区', '道路硬化', '村内道路', '村内大街小巷', '村内街巷', '大街'])

/** A smell, and the noise of a garbage station's work, as the garbage's nuisance. */
const SMELL_WORDS = new Set(['异味', '臭味', '恶臭', '刺鼻', '难闻', '难闻气体', '臭气熏天', '发臭', '噪音'])
const GARBAGE_WORDS = new Set(['垃圾', '生活垃圾', '垃圾清运', '垃圾桶', '建筑垃圾', '卫生死角', '乱堆乱放'])
/** Sewage on the street, and 城管's words for the drains it comes up from or the water it stands in. */
const SEWAGE_WORDS = new Set(['污水', '排污', '排入', ...[...SMELL_WORDS].filter((w) => w !== '噪音')])
const DRAIN_WORDS = new Set(['下水道', '排水', '积水', '井盖', '窨井', '内涝'])
/** Noise, and 城管's words for the building work that makes it. */
const NOISE_WORDS = new Set(['噪音', '噪声'])
const WORKS_NOISE = new Set(['施工噪音', '施工噪声', '夜间施工', '施工扰民'])

const UNAUTHORISED_BUILDING = new Set(['违建', '违法建设', '私搭乱建', '乱搭乱建', '违章建筑', '违章搭建', '违规搭建', '违规建设', '违法建筑', '违法加建', '圈占'])
const ESTATE_WORDS = new Set(['业主', '物业', '小区'])
const ESTATE_FACTOR = 0.5

/** The police's words for a crash on the road, and for the ice that closes it (道路结冰, 路面结冰: 交警 close the road). */
const CRASH_WORDS = new Set(['交通事故', '车祸', '相撞', '追尾', '撞车', '多车相撞', '道路结冰', '路面结冰'])
/** 交通's words that a crash's place and its clearing-up give: the road, its kind, and 路政. */
const CRASH_PLACES = new Set([...ROAD_WORDS, '公路', '国道', '省道', '高速公路', '收费站', '桥梁', '路政'])

/** 住建's words for a building site and its work. */
const WORKSITE_WORDS = new Set(['施工', '工地', '建筑工地'])
/** 应急's words for a death or a collapse. */
const ACCIDENT_WORDS = new Set(['身亡', '死亡', '遇难', '坍塌', '塌方', '倒塌', '人员伤亡', '物体打击'])

/** Visitors, their being on holiday and the scenic area they were in: who a rescue is for and where, not 文旅's matter. */
const VISITOR_WORDS = new Set(['游客', '旅游', '景区'])
/** 应急's words for people trapped and brought out. */
const RESCUE_WORDS = new Set(['被困', '困于', '救援', '搜救', '救援队', '蓝天救援', '施救'])

/** The flood and drought commands' names (防汛抗旱指挥部, 防指, 国家防总 …): their office sits in 应急管理局 (§1.1). */
export const COMMANDS = new Set(['防汛抗旱指挥部', '防汛指挥部', '防汛办', '防指', '防汛抗旱总指挥部', '国家防总', '防总'])
/** 水利's words for the flood season's work — its rivers, reservoirs and their flood discharge (河道, 水库, 行洪) — and the water bureaus that are the command's members. */
const FLOOD_WORK = new Set(['防汛', '抗旱', '汛期', '水利', '水利局', '水务局', '水利厅', '水利部门', '水务部门', '河道', '行洪', '水利部', '水库'])

/** The environment's words for the ban on burning straw. */
const BURNING_BAN = new Set(['秸秆禁烧', '禁烧', '秸秆焚烧', '焚烧秸秆', '烧麦茬'])
/** 农业农村's words for the harvest and its straw: the season and the object of a burning ban. */
const HARVEST_WORDS = new Set(['秸秆', '小麦', '玉米', '麦收', '夏收', '秋收', '三夏', '收割', '收割机', '麦田', '麦子'])

/** 教育's words for a school, its kind and the people in it: where a case happened and who it happened to. */
const SCHOOL_WORDS = new Set(['学校', '小学', '中学', '初中', '高中', '幼儿园', '校园', '学生', '家长', '老师', '教师'])

/** 应急's words for a fire or an explosion. */
const FIRE_WORDS = new Set(['起火', '着火', '失火', '火灾', '大火', '火情', '爆炸', '爆燃', '闪爆'])

/** 住建's words for an estate's management: the 物业, its fees and the repair fund, and the owners. */
const ESTATE_MANAGEMENT = new Set(['物业', '物业费', '维修资金', '住宅专项维修资金', '业主'])
/** An estate's equipment as 市场监管 (a lift) or 能源 (a charging post) read it. */
const ESTATE_EQUIPMENT = new Set(['电梯', '充电桩'])

/** 住建's words for the inside of an estate, and 城管's words for drains, green, parking and lamps that are the estate's own there. */
const ESTATE_INSIDE = new Set(['小区内', '小区内部', '小区积水'])
const ESTATE_GROUNDS = new Set(['积水', '下水道', '排水', '内涝', '树木', '绿化', '毁绿', '停车', '停车位', '路灯'])

/** 应急's words for a person in danger and brought out, and the police's units: who took the call and went. */
const PERSON_RESCUE = new Set(['救援', '失联', '失踪', '被困', '困于', '搜救', '施救'])
const POLICE_UNITS = new Set(['派出所', '民警', '辅警', '民辅警', '警察', '警方', '公安', '公安局', '公安机关', '报警', '报了警', '特警', '巡警'])
/** 应急's rescuers by name: with them in the text, the police were not alone. 消防 alone is fire safety too (派出所开展消防安全检查). */
const RESCUERS = new Set(['消防救援', '消防员', '救援队', '蓝天救援'])

/** A vessel, 应急's words for its distress, and the agencies that act at sea (§6.1): 海事 and the 搜救中心 (交通), the fisheries' (海洋). */
const VESSEL_WORDS = new Set(['渔船', '货船', '货轮', '客滚船', '旅游船', '船舶'])
const DISTRESS_WORDS = new Set([...FIRE_WORDS, ...PERSON_RESCUE, '遇险', '沉没', '翻扣', '搁浅', '落水'])
const MARITIME_AGENCIES = new Set(['海事', '海事局', '海上搜救', '搜救中心'])
const FISHERY_AGENCIES = new Set(['渔政', '海洋与渔业局', '海洋发展和渔业局', '海洋发展与渔业局', '海洋渔业局', '海洋与渔业'])
/** 农业农村's fishery words, which at sea are 海洋's (§6.1: an inland fishery is 农业农村's, the coast's is 海洋's). */
const FISHERY_WORDS = new Set(['渔政', '渔民', '渔业'])

/** 海洋's words that put a fishery at sea, and 农业农村's words for a fishery and its farming, which there are 海洋's (§6.1). */
const SEA_WORDS = new Set(['海洋', '海域', '海水养殖', '近海', '渔港', '海洋牧场', '开海', '休渔', '伏季休渔', '海洋渔业', '涉渔', '海参', '牡蛎', '海蛎', '扇贝', '海带'])
const FISHERY_FARMING = new Set(['渔政', '渔民', '渔业', '捕捞', '养殖', '养殖户', '增殖放流', '鱼苗'])

/** 住建's words that only say an estate is where something is. */
const ESTATE_PLACES = new Set(['小区', '小区内', '小区内部', '老旧小区'])

/** The weather services, and the weather words 应急 has: a forecast or a warning, not a response to it. */
const WEATHER_SERVICES = new Set(['气象局', '气象台'])
const WEATHER_WORDS = new Set([...WEATHER_SERVICES, '暴雨', '强降雨', '短时强降雨', '降雨', '台风', '冰雹', '龙卷风'])
/** The police's words for ice on the road (CRASH_WORDS): a closed road when they act, the weather's when a warning names it. */
const ICE_WORDS = new Set(['道路结冰', '路面结冰'])

/** 水利's words for a water cut, without a 水务 agency's name: the public supply's or an estate's, as the 物业 says (§7.2). */
const WATER_CUT = new Set(['停水', '供水', '自来水', '水压', '吃水'])

/** 人社's words for wages owed and the workers owed them. */
const WAGE_WORDS = new Set(['讨薪', '欠薪', '农民工', '农民工工资', '拖欠工资', '拖欠农民工工资', '用工', '劳动争议', '工资'])

/** 卫健's words for a hospital and a trip to one: where a case happened. */
const HOSPITAL_WORDS = new Set(['医院', '就医', '送医', '救治', '看病', '住院'])

const only = (terms: Set<string>, allowed: ReadonlySet<string>) => terms.size > 0 && [...terms].every((t) => allowed.has(t))
const some = (terms: Set<string>, wanted: ReadonlySet<string>) => [...terms].some((t) => wanted.has(t))

/** Moves one department's whole score onto another's, which keeps its own terms and takes these. */
function hand(total: Map<number, Scored>, from: number, to: number): void {
  const a = total.get(from)!
  const b = total.get(to)!
  b.score += a.score
  for (const t of a.terms) b.terms.add(t)
  for (const [t, add] of a.parts) b.parts.set(t, (b.parts.get(t) ?? 0) + add)
  total.delete(from)
}

/** Moves what these terms added from one department to another (which then holds them); the rest stays. */
function handTerms(total: Map<number, Scored>, from: number, to: number, terms: Set<string>): void {
  const a = total.get(from)!
  const b = total.get(to)!
  for (const t of [...a.terms]) {
    if (!terms.has(t)) continue
    const add = a.parts.get(t) ?? 0
    a.score -= add
    a.terms.delete(t)
    a.parts.delete(t)
    b.score += add
    b.terms.add(t)
    b.parts.set(t, (b.parts.get(t) ?? 0) + add)
  }
  if (a.terms.size === 0) total.delete(from)
}

/** Applies the rules above to one item's department scores, by catalogue index (`indexOf` a department id, -1 when absent). */
export function settleMatterOwners(total: Map<number, Scored>, indexOf: (id: string) => number, agencyNames: ReadonlySet<string> = new Set(), namesCountryside = true): void {
  const [jt, zj, cg, st, ga, wl, yj, sl, ny, jy, sc, en, wj, hy, sf, rs] = ['jtysj', 'zjj', 'cgj', 'sthjj', 'gaj', 'whlyj', 'yjj', 'slj', 'nyncj', 'jyj', 'scjgj', 'nyj', 'wjw', 'hyj', 'sfj', 'rsj'].map(indexOf)
  const jtE = total.get(jt!)
  const zjE = total.get(zj!)
  if (jtE && zjE && only(jtE.terms, ROAD_WORDS) && some(zjE.terms, STREET_PLACES)) hand(total, jt!, zj!)
  // A metro line under construction (轨道交通…围挡施工, 地铁…塌陷) is works on the city's streets, 住建's; a line running is 交通's.
  const jtRail = total.get(jt!)
  const zjWorks = total.get(zj!)
  if (jtRail && zjWorks && only(jtRail.terms, RAIL_BUILDING) && some(jtRail.terms, RAIL_WORDS)) hand(total, jt!, zj!)
  const jtLeft = total.get(jt!)
  const gaE = total.get(ga!)
  if (jtLeft && gaE && only(jtLeft.terms, CRASH_PLACES) && some(gaE.terms, CRASH_WORDS)) total.delete(jt!)
  const zjLeft = total.get(zj!)
  const yjE = total.get(yj!)
  if (zjLeft && yjE && only(zjLeft.terms, WORKSITE_WORDS) && some(yjE.terms, ACCIDENT_WORDS)) total.delete(zj!)
  const slE = total.get(sl!)
  if (slE && yjE && only(slE.terms, FLOOD_WORK) && some(yjE.terms, COMMANDS)) hand(total, sl!, yj!)
  const nyE = total.get(ny!)
  const stBan = total.get(st!)
  if (nyE && stBan && some(stBan.terms, BURNING_BAN)) handTerms(total, ny!, st!, HARVEST_WORDS)
  const jyE = total.get(jy!)
  if (jyE && gaE && only(jyE.terms, SCHOOL_WORDS)) total.delete(jy!)
  const wjE = total.get(wj!)
  if (wjE && gaE && only(wjE.terms, HOSPITAL_WORDS)) total.delete(wj!)
  const yjFire = total.get(yj!)
  if (yjFire && some(yjFire.terms, FIRE_WORDS)) for (const [dept, e] of [...total]) if (dept !== yj && only(e.terms, agencyNames)) total.delete(dept)
  const zjEstate = total.get(zj!)
  if (zjEstate && some(zjEstate.terms, ESTATE_MANAGEMENT))
    for (const other of [sc!, en!]) {
      const e = total.get(other)
      if (e && only(e.terms, ESTATE_EQUIPMENT)) hand(total, other, zj!)
    }
  const yjDistress = total.get(yj!)
  const vessel = [jt!, hy!].some((d) => { const e = total.get(d); return !!e && some(e.terms, VESSEL_WORDS) })
  if (yjDistress && vessel && only(yjDistress.terms, DISTRESS_WORDS)) {
    const nyFishery = total.get(ny!)
    const fishery = [hy!, ny!].some((d) => { const e = total.get(d); return !!e && some(e.terms, FISHERY_AGENCIES) })
    if (total.get(jt!) && some(total.get(jt!)!.terms, MARITIME_AGENCIES)) hand(total, yj!, jt!)
    else if (total.get(hy!) && fishery) {
      hand(total, yj!, hy!)
      if (nyFishery && only(nyFishery.terms, FISHERY_WORDS)) hand(total, ny!, hy!)
    }
  }
  const nySea = total.get(ny!)
  const hySea = total.get(hy!)
  if (nySea && hySea && some(hySea.terms, SEA_WORDS)) handTerms(total, ny!, hy!, FISHERY_FARMING)
  const wlE = total.get(wl!)
  if (wlE && yjE && only(wlE.terms, VISITOR_WORDS) && some(yjE.terms, RESCUE_WORDS)) total.delete(wl!)
  const yjRescue = total.get(yj!)
  const gaUnits = total.get(ga!)
  if (yjRescue && gaUnits && some(gaUnits.terms, POLICE_UNITS)) {
    if (only(yjRescue.terms, PERSON_RESCUE)) hand(total, yj!, ga!)
    else if (some(yjRescue.terms, RESCUERS) && only(gaUnits.terms, POLICE_UNITS)) hand(total, ga!, yj!)
  }
  const zjInside = total.get(zj!)
  const cgGrounds = total.get(cg!)
  if (zjInside && cgGrounds && only(cgGrounds.terms, ESTATE_GROUNDS) && some(zjInside.terms, ESTATE_INSIDE)) hand(total, cg!, zj!)
  const stInside = total.get(st!)
  if (zjInside && stInside && !total.has(cg!) && only(stInside.terms, SEWAGE_WORDS) && some(zjInside.terms, ESTATE_INSIDE)) hand(total, st!, zj!)
  const zjPlace = total.get(zj!)
  const cgRubbish = total.get(cg!)
  if (zjPlace && cgRubbish && only(zjPlace.terms, ESTATE_PLACES) && some(cgRubbish.terms, GARBAGE_WORDS)) hand(total, zj!, cg!)
  const stE = total.get(st!)
  const cgE = total.get(cg!)
  if (stE && cgE && only(stE.terms, SMELL_WORDS) && some(cgE.terms, GARBAGE_WORDS)) hand(total, st!, cg!)
  const stLeft = total.get(st!)
  if (stLeft && cgE && only(stLeft.terms, NOISE_WORDS) && some(cgE.terms, WORKS_NOISE)) hand(total, st!, cg!)
  const stNow = total.get(st!)
  if (stNow && cgE && only(stNow.terms, SEWAGE_WORDS) && some(cgE.terms, DRAIN_WORDS)) hand(total, st!, cg!)
  // A water cut inside an estate with its 物业 answering (济南万象新天停水 物业：设备故障所致) is the estate's equipment: 住建's (§7.2).
  const slCut = total.get(sl!)
  const zjKeeper = total.get(zj!)
  if (slCut && zjKeeper && only(slCut.terms, WATER_CUT) && zjKeeper.terms.has('物业')) hand(total, sl!, zj!)
  // 法律援助 for workers owed their wages (法律援助中心…助力农民工讨薪) is 司法's service: the wages are why, not who acts.
  const sfAid = total.get(sf!)
  const rsWages = total.get(rs!)
  if (sfAid && rsWages && sfAid.terms.has('法律援助') && only(rsWages.terms, WAGE_WORDS)) hand(total, rs!, sf!)
  const yjWeather = total.get(yj!)
  if (yjWeather && only(yjWeather.terms, WEATHER_WORDS) && some(yjWeather.terms, WEATHER_SERVICES)) total.delete(yj!)
  // A weather service's warning of icy roads (气象台发布道路结冰黄色预警信号, 道路冰雪蓝色预警) is weather too: the ice alone is not
  // the police's, nor the road alone 交通's.
  const gaIce = total.get(ga!)
  if (gaIce && only(gaIce.terms, ICE_WORDS) && yjWeather && some(yjWeather.terms, WEATHER_SERVICES)) total.delete(ga!)
  const jtIce = total.get(jt!)
  if (jtIce && only(jtIce.terms, ROAD_WORDS) && yjWeather && some(yjWeather.terms, WEATHER_SERVICES)) total.delete(jt!)
  const zjNow = total.get(zj!)
  if (zjNow && cgE && some(cgE.terms, UNAUTHORISED_BUILDING) && only(zjNow.terms, ESTATE_WORDS)) zjNow.score *= ESTATE_FACTOR
  const jtStreet = total.get(jt!)
  if (jtStreet && !namesCountryside && zj! >= 0 && only(jtStreet.terms, ROAD_WORDS)) {
    if (!total.has(zj!)) total.set(zj!, { score: 0, terms: new Set(), parts: new Map() })
    hand(total, jt!, zj!)
  }
}
