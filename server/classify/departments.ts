import type { Department } from '@shared/types/department.ts'
import type { DepartmentTag } from '@shared/types/item.ts'
import { AhoCorasick, type Hit } from './aho-corasick.ts'
import { COMMANDS, COUNTRYSIDE, settleMatterOwners, type Scored } from './matter-owner.ts'
import { isNoDepartmentMatter } from './no-department.ts'

/** A headline says what an item is about; the body adds context. */
export const TITLE_FACTOR = 2
export const BODY_FACTOR = 1
/** Below this nothing is suggested: one weak word is not a department. */
const MIN_SCORE = 3
/** Runners-up are listed (multi-label) while they score at least this share of the best. */
const RUNNER_UP_SHARE = 0.4
const MAX_DEPARTMENTS = 3
/** The score at which a lone department is half sure: one headline own-name term (7 × 2) is well past it. */
const HALF_SURE_SCORE = 6

/**
 * The acting subject outweighs the objects it acts on (docs/tagging-guideline.md §1.2–1.3): an
 * agency's name counts this many times over where it acts — at the head of the headline or before
 * 通报/发布/回应/辟谣… — so 市场监管局抽检食品 stays 市场监管's and
 * 警方通报学生… stays the police's.
 */
const ACTOR_FACTOR = 2
/**
 * A term that names an agency rather than a matter: its own name or a strong short name (消防, a rescuer, is not one).
 * A unit named by its 支队 or 大队 (交警支队, 消防大队) is an agency too: 记者从…交警支队了解到 is the police speaking.
 */
const AGENCY_TERM = /(局|厅|委|办|警|警方|公安|公安机关|消防|部门|海事|城管|城管执法|中心|指挥部|派出所|防指|安监|支队|大队)$/
const ACTS_AFTER = /^[^，。,；;]{0,3}?(通报|发布|回应|辟谣|答复|介入|提醒|公布|声明|证实|通告|发文|:|：)/
/** Where the headline's subject stands: within the first few characters, after a place name at most. */
const HEAD_CHARS = 6
/**
 * Where the lead's subject stands (东营市城市管理局严格落实…, 12月15日,洋县农业农村局就…): a lead opens with its actor after
 * a date and a place. On the tune parts any window from 10 to 20 characters gave the same (+3, −1 of 2,786); 6 gave one less.
 */
const LEAD_HEAD_CHARS = 12
/** In a rumour refutation the rumour's words are not the story: the unit that refutes is (§1.3). */
const REFUTATION = /(辟谣|谣言|不实信息|不实消息)/
const REFUTED_OBJECT_FACTOR = 0.5
/**
 * A refutation's closing warning (对散布谣言…的行为,公安机关将依法查处) is boilerplate: it says who may
 * act later, not who refutes, so its words count nothing (§1.3: the police only when the story is the
 * rumour-monger's punishment, which its own words — 行政拘留, 查获 — say elsewhere).
 */
const WARNING = /将(依法|严厉|坚决|从严)/
/** The spans of a text's sentences that carry a warning. */
function warningSpans(text: string): [number, number][] {
  const spans: [number, number][] = []
  let start = 0
  for (const m of text.matchAll(/[。！!？?；;]|$/g)) {
    const end = m.index! + m[0].length
    if (WARNING.test(text.slice(start, end))) spans.push([start, end])
    start = end
    if (m[0] === '') break
  }
  return spans
}

/**
 * 未见起火爆炸, 未发生事故: an incident the text says did not happen is no evidence of one. An incident word right after a
 * negation (and the ones listed with it: 起火、爆炸) counts nothing. Casualty words keep their weight: 无人员伤亡 reports an
 * incident that hurt nobody, and other words after a negation are what is missing — 没有物业 is a complaint about the
 * estate's management, still 住建's.
 */
const NEGATION_BEFORE = /(未|没有|没|并未|均未|尚未|无)(见|发现|发生|造成|出现|引发|引起|有)?$/
const INCIDENT_WORD = /^(起火|着火|失火|爆炸|爆燃|火灾|火情|明火|泄漏|事故|坍塌|垮塌|险情|中毒)$/
const LISTED_BEFORE = /^[、和或及与]$/

/** Whether a hit among its text's hits is an incident word the text negates. */
function isNegatedIncident(text: string, hits: readonly Hit<TermRef>[], hit: Hit<TermRef>): boolean {
  if (!hit.value.isIncident) return false
  if (NEGATION_BEFORE.test(text.slice(Math.max(0, hit.start - 4), hit.start))) return true
  // 未见起火爆炸: a word right after (or listed after) a negated incident word is negated too.
  const before = hits.find((h) => h !== hit && (h.end === hit.start || (h.end === hit.start - 1 && LISTED_BEFORE.test(text[h.end]!))))
  return before !== undefined && isNegatedIncident(text, hits, before)
}

/**
 * 纪委监委 cases (官员被查, 违纪通报) have no catalogue department (guideline §1.2): the bureau an
 * official works for is the employer, not the matter, so its name counts nothing, and what the case
 * is about counts half — 纪委通报骗取医保基金 stays 医保's, 违规公款报销 names no department.
 */
const DISCIPLINE =
  /(严重违纪|违纪违法|涉嫌违纪|纪律审查|监察调查|党内(严重)?警告|党纪.{0,4}处分|政务处分|撤销党内职务|违反中央八项规定|八项规定精神|(纪委|监委|纪检监察)[^，。,]{0,12}(通报|发布消息|点名))/
const DISCIPLINE_AGENCY_FACTOR = 0
const DISCIPLINE_OBJECT_FACTOR = 0.5

/**
 * Words that name where something happened rather than what (guideline §1.2: 一男子在医院持刀伤人
 * is the police's; 医院 is where it happened). A department reached only through them still
 * counts in full; against a department that has words for the matter itself they count this much.
 */
const SETTING_TERMS = new Set([
  '医院', '学校', '小学', '中学', '初中', '高中', '大学', '高校', '校园', '小区', '地铁', '商场', '超市', '酒店', '车站', '站点',
  '工地', '建筑工地', '码头', '港口', '海域', '近海', '海滩', '海水浴场', '网吧', '图书馆', '博物馆', '楼盘', '景区', '线路',
  // The injured taken to hospital and treated there (送医, 救治), or a patient's trip to one (就医), say what
  // followed an accident or where it happened; the accident or the parking is the matter. A 幼儿园 is a
  // school's kind of place (幼儿园附近发生打架 is the police's), as 学校 and 小学 are.
  '送医', '救治', '就医', '幼儿园',
  // A reservoir is where a drowning happened (一小伙居岭庄水库溺亡) as a beach is; its water and its works stay 水利's words.
  '水库',
  // Inside an estate (小区内, 小区内部) is where, as 小区 is: it tells an estate's drains from the street's (matter-owner.ts).
  '小区内', '小区内部',
])
const SETTING_FACTOR = 0.5

/**
 * Words that hold a term but mean something else: 民政 in 人民政府 (any government's name), 民警 in
 * 居民警惕, 农民 in 农民工 (a wage matter). A term met only inside one of them is not read.
 */
const BLOCKERS = [
  // A television station as the outlet — its name, its programme 《…》, its reporter — is the medium, not
  // the 广电 matter (山东广播电视台…问政节目, 德州电视台《记者观察》栏目).
  // 地下水管 is a buried water pipe (a supply matter), not 地下水 (groundwater, the environment's); 污水管(网/道)
  // is the sewer (drainage, a building's or the city's), not 污水 as pollution. 环境 in 生活环境, 营商环境,
  // 环境卫生, 人居环境, 城乡环境 is surroundings or another department's matter, not the environment's.
  // 防汛抗旱指挥部, 防汛指挥部, 防汛办 are the emergency command's own names (its office sits in 应急管理局,
  // §1.1): the 防汛 and 抗旱 inside them are not 水利's matter words.
  '防汛抗旱指挥部', '防汛指挥部', '防汛办', '防汛抗旱总指挥部', '防汛救灾',
  // 城管's building-site noise (施工噪音) and the environment's ban on burning straw (秸秆禁烧) name their matter
  // whole: the 噪音 and 施工 inside the one, the 秸秆 (农业农村's crop) inside the other are not read on their own.
  '施工噪音', '施工噪声', '秸秆禁烧', '焚烧秸秆',
  // Noise that disturbs residents (噪音扰民, 噪声扰民) is the complaint of a building site's or of social life's noise — shops'
  // loudspeakers, 广场舞, a building's equipment — which Shandong's cities give to 城管 (guideline §6.2): the 噪音 inside is
  // not the environment's, whose noise is a factory's: 工厂噪音, 工业噪声 (weighed above the complaint) keep 工厂噪音扰民 its.
  '噪音扰民', '噪声扰民',
  // A merged bureau named for 文旅 first (文化和旅游广电局, 文旅广电局) is 文旅's: the 广电局 at its end is not 广电's own name.
  '文化和旅游广电局', '文化旅游广电局', '文旅广电局', '文化广电和旅游局', '文化广电旅游局',
  // Figures of speech and longer names: a quoted “体检” is a check-up of firms or places, not a medical one; a 新窗口,
  // 文明窗口 is a showcase, not a service counter; 人民政治协商会议 and 人民政协 (人民政协报) are the 政协's names, not 民政.
  '“体检”', '新窗口', '文明窗口', '重要窗口', '人民政治', '人民政协',
  // 安全监管 of food or of products' quality (食品安全监管, 质量安全监管) is 市场监管's inspection, not 应急's 安全生产 oversight.
  '食品安全监管', '质量安全监管',
  // 防溺水 is a school's safety education for its pupils and their parents (教育's, guideline §7.3): the 溺水 inside is not a drowning.
  '防溺水',
  // A car or a person gone into the sea (入海事件, 坠海事件) is no 海事 (maritime administration): the word is cut across.
  '海事件',
  // A stray dog (流浪狗) is a dog-keeping matter, the police's (养犬管理), not 民政's 流浪 (homeless people).
  '流浪狗',
  '人民政府', '民警惕', '农民工', '广播电视台', '电视台《', '电视台记者', '电视台报道', '地下水管', '污水管', '生活环境', '营商环境', '环境卫生', '人居环境', '城乡环境',
]

/**
 * Words that frame an item as one with no single department (guideline §1.2: a general matter has none) — a series'
 * introduction (编者按, 开栏的话), an overview of 民生 work, a hotline's weekly round-up, 创城, a 政府工作报告. Inside
 * such a frame a department's word or two is one example among many, so a department is suggested only when it is
 * at least half sure (HALF_SURE_SCORE): its own name or its matter in the headline, not one word in the body.
 */
const GENERAL_FRAMES = [
  '编者按', '开栏的话', '系列报道', '民生工程', '民生福祉', '民生实事', '上周热点', '市长公开电话', '政府工作报告', '创城', '党建引领',
  // A 网格员 (the 政法委's 网格化管理, no catalogue id) at work is one example among a 社区's matters (§7.4); the 社区's own
  // institutions, a 居民议事 meeting the 网格员 attend, stay 民政's with their name in the headline.
  '网格员',
]
/**
 * Words that make an item a feature on volunteers or on party members (guideline §7.4): what they do — load a farmer's
 * cabbages, tend an estate — is one department's matter only when that department's own work leads the item, as strongly
 * as a weight-5 term read as a headline (FEATURE_SCORE).
 */
const FEATURE_FRAMES = ['志愿者', '志愿服务', '老党员']
const FEATURE_SCORE = 10
/** How far before 志愿者 a bureau's name still owns them, within one phrase (岚山区住建局垃圾分类志愿者). */
const OWNER_WITHIN = 6
/**
 * A personnel notice (任命…同志任…局局长, 不再担任…职务) names bureaus as where people will work: a personnel change has
 * no department (§1.2), so nothing is suggested at all.
 */
const PERSONNEL_FRAMES = ['同志任', '不再担任', '任命', '免去']
/** A source's name gives the department only through a term of weight 5 or more (read as a headline, 5 × 2). */
const SOURCE_SCORE = 10
/** This many departments named by their bureaus make an item general; three is often one matter and the units helping with it (tune2, tune6 and tune8 each lost an item at three). */
const MANY_AGENCIES = 4

/** A list of units whose heads attend a meeting: …、…等部门负责人参加了座谈会. */
const ATTENDANCE = /[^，。,；;：:]*?等(有关|相关)?(部门|单位)?(的)?(主要|相关|有关)?负责(人|同志)(参加|出席|列席)/g
/** What ATTENDANCE cannot match without; its lazy run is tried from every character, which a text without them is spared. */
const ATTENDED = /负责(人|同志)(参加|出席|列席)/
function attendanceSpans(text: string): [number, number][] {
  if (!text.includes('等') || !ATTENDED.test(text)) return []
  return [...text.matchAll(ATTENDANCE)].map((m) => [m.index, m.index + m[0].length])
}

function isAgencyTerm(term: string, weight: number): boolean {
  return weight >= 5 && AGENCY_TERM.test(term)
}

/**
 * 岚山区住建局垃圾分类志愿者…开展垃圾分类宣传: volunteers a bureau names as its own are that bureau at work on its programme
 * (guideline §7.4: the subject is one department's duty, named in the lead), not a feature on volunteers.
 */
function isOwnVolunteers(text: string, hits: readonly Hit<TermRef>[], frame: Hit<TermRef>): boolean {
  if (frame.value.frameBar !== FEATURE_SCORE || !frame.value.text.startsWith('志愿')) return false
  return hits.some((h) => h.value.dept >= 0 && !h.value.isExclusion && h.end <= frame.start && frame.start - h.end <= OWNER_WITHIN && h.value.isAgency && !/[\s，。,、；;：:]/.test(text.slice(h.end, frame.start)))
}

/**
 * 关于山东省2023年度省级预算执行…的审计工作报告: a document's headline names what it is after its
 * last 的 and what it is about before; the document's own matter is the subject (§1.2), the rest
 * its objects.
 */
const DOCUMENT_TITLE = /^关于.+的([^的]{2,12})$/
const DOCUMENT_OBJECT_FACTOR = 0.5

/** Where a document headline's own part starts, or -1 when the headline is no document's. */
function documentHead(title: string): number {
  const m = DOCUMENT_TITLE.exec(title.trim())
  return m ? title.lastIndexOf(m[1]!) : -1
}

/** 记者从淄博市城管执法局获悉: the agency a report comes from is the one that acts in it. */
const SOURCE_BEFORE = /从[^\s，。,、；;]{0,8}$/
const SOURCE_AFTER = /^[^\s，。,、；;]{0,3}?(获悉|了解到|得知)/

/** The weight factor of one hit for where it stands: acting agencies count double. */
function positionFactor(text: string, start: number, end: number, isTitle: boolean): number {
  if (isTitle && start <= HEAD_CHARS) return ACTOR_FACTOR
  if (!isTitle && start <= LEAD_HEAD_CHARS) return ACTOR_FACTOR
  if (ACTS_AFTER.test(text.slice(end, end + 8))) return ACTOR_FACTOR
  if (SOURCE_BEFORE.test(text.slice(Math.max(0, start - 9), start)) && SOURCE_AFTER.test(text.slice(end, end + 6))) return ACTOR_FACTOR
  return 1
}

interface TermRef {
  /** The pattern itself, which is what a hit covers in the text: read here rather than sliced from the text per hit. */
  text: string
  dept: number
  weight: number
  isExclusion: boolean
  /** Whether the term names an agency (isAgencyTerm), decided once when the catalogue is compiled. */
  isAgency: boolean
  /** Whether the term is an incident word a negation can undo (INCIDENT_WORD), decided once too. */
  isIncident?: boolean
  /** A BLOCKERS word, matched in the same pass as the terms: it only hides the terms inside it. */
  isBlocker?: true
  /** A GENERAL_FRAMES, PERSONNEL_FRAMES or FEATURE_FRAMES word, matched in the same pass: it scores nothing and sets the score a department needs. */
  frameBar?: number
}

/**
 * A suggestion's confidence: how far its score is past one weak word (score / (score + 6)),
 * times its share against its closest rival (the runner-up for the first, the first for the others).
 */
export function confidence(score: number, rival: number): number {
  const strength = score / (score + HALF_SURE_SCORE)
  const share = score / (score + rival)
  return Math.round(100 * strength * share) / 100
}

type Scores = Map<number, { score: number; terms: Map<string, number> }>

/**
 * Setting words (SETTING_TERMS) count SETTING_FACTOR of their weight in each department, but
 * only when some other department has a word for the matter itself.
 */
function discountSettings(total: Map<number, Scored>, fromTitle: Map<number, Map<string, number>>, body: Scores): void {
  const parts = new Map<number, number>()
  let withMatter = 0
  for (const [dept, e] of total) {
    let part = 0
    for (const [term, add] of fromTitle.get(dept) ?? []) if (SETTING_TERMS.has(term)) part += add
    for (const [term, add] of body.get(dept)?.terms ?? []) if (SETTING_TERMS.has(term)) part += add
    parts.set(dept, part)
    if (e.score - part > 0) withMatter++
  }
  for (const [dept, e] of total) {
    const part = parts.get(dept)!
    // Another department has matter words: this one's own matter words (if any) count once among them.
    const others = withMatter - (e.score - part > 0 ? 1 : 0)
    if (part > 0 && others > 0) e.score -= part * (1 - SETTING_FACTOR)
  }
}

/**
 * A term followed by 路, 大街 or 大道 is the start of a street's name (农业路中州大道附近 天然气管道被挖断, 建设路, 文化路): a place,
 * not the department's matter. Not a road's own words that follow a term (交通路况, 公路路面, 公交路线, 铁路路基).
 */
const STREET_AFTER = /^(?:路(?![面况段口灯线网政边上径基桥由费]|$)|大街|大道)/
/** The catalogue compiled for matching: one automaton over every term of every department. */
export class DepartmentMatcher {
  private readonly automaton: AhoCorasick<TermRef>
  private readonly index: Map<string, number>
  /** The catalogue's terms that name an agency (isAgencyTerm), for the rules that read what an item matched. */
  private readonly agencyNames: Set<string>

  constructor(readonly catalogue: readonly Department[]) {
    const patterns: [string, TermRef][] = []
    catalogue.forEach((d, dept) => {
      for (const t of d.terms) patterns.push([t.text, { text: t.text, dept, weight: t.weight, isExclusion: false, isAgency: isAgencyTerm(t.text, t.weight), isIncident: INCIDENT_WORD.test(t.text) }])
      for (const x of d.exclusions) patterns.push([x, { text: x, dept, weight: 0, isExclusion: true, isAgency: false }])
    })
    const word = (text: string) => ({ text, dept: -1, weight: 0, isExclusion: false, isAgency: false })
    for (const b of BLOCKERS) patterns.push([b, { ...word(b), isBlocker: true }])
    for (const f of GENERAL_FRAMES) patterns.push([f, { ...word(f), frameBar: HALF_SURE_SCORE }])
    for (const f of PERSONNEL_FRAMES) patterns.push([f, { ...word(f), frameBar: Infinity }])
    for (const f of FEATURE_FRAMES) patterns.push([f, { ...word(f), frameBar: FEATURE_SCORE }])
    this.automaton = new AhoCorasick(patterns)
    this.index = new Map(catalogue.map((d, i) => [d.id, i]))
    this.agencyNames = new Set(catalogue.flatMap((d) => d.terms.filter((t) => isAgencyTerm(t.text, t.weight)).map((t) => t.text)))
  }

  /** The term hits of one text, less those inside a blocking word (BLOCKERS) and those that begin a street's name. */
  private hits(text: string): Hit<TermRef>[] {
    const all = this.automaton.findAll(text).filter((h) => h.value.dept < 0 || !STREET_AFTER.test(text.slice(h.end, h.end + 2)))
    const blocks = all.filter((h) => h.value.isBlocker)
    if (blocks.length === 0) return all
    return all.filter((h) => !h.value.isBlocker && !blocks.some((b) => b.start <= h.start && b.end >= h.end && b.end - b.start > h.end - h.start))
  }

  /** Every term of the catalogue, for the segmenter's user dictionary. */
  terms(): string[] {
    return this.catalogue.flatMap((d) => d.terms.map((t) => t.text))
  }

  /**
   * Ranked departments with the terms that matched; at most a few, best first. Terms are not
   * held to jieba's word boundaries as place short forms are: on the evaluation set that check
   * dropped more true terms (发黑 cut as 发/黑发) than false ones.
   */
  score(title: string, body: string, source?: string): DepartmentTag[] {
    const scores = new Map<number, { score: number; terms: Map<string, number> }>()
    const excluded = new Set<number>()
    const found = new Map([title, body].map((text) => [text, this.hits(text)]))
    const attendance = new Map([...found.keys()].map((text) => [text, attendanceSpans(text)]))
    let bar = MIN_SCORE
    // An item that names the bureaus of four departments or more (副市长带领自然资源局、住建局、交通运输局、商务局…负责人,
    // a 督查 of many 承办单位) is about all of them, a general matter (§1.2): no department is suggested.
    // A command that convenes them (区防汛抗旱指挥部相关负责人及应急管理局、综合行政执法局、农业农村局、城乡水务局等部门代表出席)
    // is the one subject: the bureaus are its members, and the item is the command's.
    const agencies = new Set<number>()
    const outsideAttendance = new Set<number>()
    let command = false
    for (const [text, hits] of found) {
      const attending = attendance.get(text)!
      for (const h of hits) {
        if (h.value.isExclusion || h.value.dept < 0) continue
        if (COMMANDS.has(h.value.text)) command = true
        if (!h.value.isAgency) continue
        agencies.add(h.value.dept)
        if (!attending.some(([s, e]) => h.start >= s && h.end <= e)) outsideAttendance.add(h.value.dept)
      }
    }
    // The bureaus that sit in on a unit's own meeting (…住建局、人防办、发改局等部门负责人参加了座谈会) are its hosts, not
    // the item's subjects: when one unit acts outside that list, the list does not make the item general.
    const attendedOnly = outsideAttendance.size > 0 && outsideAttendance.size < MANY_AGENCIES
    // Bureaus that issue a document together (市住建局、市发改委、市财政局…联合发布) under a headline naming one of them's matter
    // alone (棚户区改造项目清单公布) are that one's partners: the headline says whose the item is.
    const headlineMatter = new Set((found.get(title) ?? []).filter((h) => h.value.dept >= 0 && !h.value.isExclusion && h.value.weight >= 5 && !h.value.isAgency).map((h) => h.value.dept))
    const ledByHeadline = headlineMatter.size === 1 && agencies.has([...headlineMatter][0]!)
    if (agencies.size >= MANY_AGENCIES && !command && !attendedOnly && !ledByHeadline) bar = Infinity
    // With no agency in the item to refute it (a 辟谣平台, 网传…系谣言), the rumour's own matter is
    // whose it is (§1.3): its words count in full.
    const isRefutation = agencies.size > 0 && (REFUTATION.test(title) || REFUTATION.test(body))
    const isDiscipline = DISCIPLINE.test(title) || DISCIPLINE.test(body)
    if (isNoDepartmentMatter(title, body)) bar = Infinity
    for (const [text, hits] of found) for (const h of hits) if (!isOwnVolunteers(text, hits, h)) bar = Math.max(bar, h.value.frameBar ?? 0)
    const read = (text: string, factor: number) => {
      const head = factor === TITLE_FACTOR ? documentHead(text) : -1
      const warnings = isRefutation ? warningSpans(text) : []
      const attending = attendance.get(text) ?? attendanceSpans(text)
      const byDept = new Map<number, Hit<TermRef>[]>()
      const all = found.get(text) ?? this.hits(text)
      for (const hit of all) {
        if (hit.value.frameBar !== undefined) continue
        if (hit.value.isExclusion) excluded.add(hit.value.dept)
        else {
          const list = byDept.get(hit.value.dept)
          if (list) list.push(hit)
          else byDept.set(hit.value.dept, [hit])
        }
      }
      for (const [dept, hits] of byDept) {
        const entry = scores.get(dept) ?? { score: 0, terms: new Map<string, number>() }
        for (const hit of hits) {
          // A shorter term inside a longer one of the same department counts once, as the longer.
          if (hits.some((h) => h.start <= hit.start && h.end >= hit.end && h.end - h.start > hit.end - hit.start)) continue
          const term = hit.value.text
          // Each term counts once per field, weighted by the field.
          const agency = hit.value.isAgency
          const placed =
            head >= 0 ? (hit.start >= head ? ACTOR_FACTOR : DOCUMENT_OBJECT_FACTOR) : agency ? positionFactor(text, hit.start, hit.end, factor === TITLE_FACTOR) : isRefutation ? REFUTED_OBJECT_FACTOR : 1
          const warned = warnings.some(([s, e]) => hit.start >= s && hit.end <= e) || isNegatedIncident(text, all, hit) || (agency && attending.some(([s, e]) => hit.start >= s && hit.end <= e))
          const add = warned ? 0 : hit.value.weight * factor * placed * (isDiscipline ? (agency ? DISCIPLINE_AGENCY_FACTOR : DISCIPLINE_OBJECT_FACTOR) : 1)
          const seen = entry.terms.get(term) ?? 0
          if (seen < add) {
            entry.score += add - seen
            entry.terms.set(term, add)
          }
        }
        scores.set(dept, entry)
      }
    }
    const fromTitle = new Map<number, Map<string, number>>()
    read(title, TITLE_FACTOR)
    for (const [dept, e] of scores) fromTitle.set(dept, new Map(e.terms))
    // Body terms add to the title's: keep the two fields apart so a word in both counts twice.
    const titleScores = new Map([...scores].map(([k, v]) => [k, v.score]))
    scores.clear()
    read(body, BODY_FACTOR)
    const total = new Map<number, Scored>()
    for (const dept of new Set([...titleScores.keys(), ...scores.keys()])) {
      if (excluded.has(dept)) continue
      const parts = new Map(fromTitle.get(dept))
      for (const [term, add] of scores.get(dept)?.terms ?? []) parts.set(term, (parts.get(term) ?? 0) + add)
      total.set(dept, { score: (titleScores.get(dept) ?? 0) + (scores.get(dept)?.score ?? 0), terms: new Set(parts.keys()), parts })
    }
    // An item whose words name no department at all, on a unit's own page (北京市卫生健康委员会, 柳州市城市管理信息中心), is
    // that unit's report: its name, read as a headline, is the department when it names one outright (a term of weight 5
    // or more). An item made general (a frame, a personnel notice, many bureaus) stays without one.
    if (total.size === 0 && bar === MIN_SCORE && source) return this.score(source, '').filter((d) => d.score >= SOURCE_SCORE)
    discountSettings(total, fromTitle, scores)
    settleMatterOwners(total, (id) => this.index.get(id) ?? -1, this.agencyNames, COUNTRYSIDE.test(title) || COUNTRYSIDE.test(body))
    const ranked = [...total].sort((a, b) => b[1].score - a[1].score || a[0] - b[0])
    const top = ranked[0]?.[1].score ?? 0
    const runnerUp = ranked[1]?.[1].score ?? 0
    return ranked
      .filter(([, e]) => e.score >= bar && e.score >= top * RUNNER_UP_SHARE)
      .slice(0, MAX_DEPARTMENTS)
      .map(([dept, e], i) => {
        const d = this.catalogue[dept]!
        return { id: d.id, name: d.local_name || d.province_name, score: e.score, terms: [...e.terms], confidence: confidence(e.score, i === 0 ? runnerUp : top) }
      })
  }
}
