/**
 * Matters no catalogue department answers for, read off the headline and the lead's opening (docs/tagging-guideline.md
 * §1.2, §3): the judiciary's business and general government business. An item that is one gets no department suggested,
 * whatever department words it holds.
 */

/**
 * 山东法院…集中宣判, 全市法院坚持…司法为民: a court or procuratorate that is the item's subject — at the head of its headline,
 * or of its lead when it has none — is the judiciary's business, which no catalogue department answers for (guideline §3):
 * the crimes it tries are its cases, not a department's matter, so nothing is suggested.
 */
const COURT_SUBJECT = /^(?:[\d０-９年月日时分上下午晚早许,，\s]{0,16}[,，])?[^\s，。,、；;：:]{0,6}?(法院|中院|高法|检察院|检察机关)(?!起诉|诉讼)/
/**
 * 矿难昨日审结 矿主被一审判处死刑, 爆炸事故…企业负责人被判刑5年半: a headline that reports a sentence is the court's ruling on
 * the case, the judiciary's business (guideline §3), whatever the accident was.
 */
const COURT_VERDICT = /(一审|二审|终审|审结|宣判|判处|被判(?![定断])|获刑|判刑|获判)/
/**
 * 市长…到泰山区和新泰市调研经济运行、复工复产、农业生产、安全生产等工作, 县长…调研产业项目建设和安全生产工作: a leader's tour of
 * several subjects, or of the economy, projects and 创城 at large, is general government business (guideline §1.2, §3):
 * no department, though one of the subjects (安全生产) is a department's word. A tour of one subject keeps it, and so does
 * one sector's economy (调研工业经济运行工作 is 工信's).
 */
const LEADER_TOUR = /(书记|县长|市长|省长|区长|镇长|主任|主席)[^，。,]{0,16}?(到|来|赴|在)[^，。,]{0,20}?(调研|视察|督导|检查|督查)([^，。,；]{2,40}?)(工作|情况)/
/** How far into the lead a leader's tour is read: its opening sentence, where the tour and its subjects are named. */
const TOUR_LEAD_CHARS = 160
const GENERAL_SUBJECT = /(?<!工业)经济运行|经济社会发展|项目建设|文明城市|复工复产/
function isGeneralTour(text: string): boolean {
  const tour = LEADER_TOUR.exec(text)
  if (!tour) return false
  const subjects = tour[4]!
  return GENERAL_SUBJECT.test(subjects) || (subjects.match(/、/g)?.length ?? 0) >= 2
}

/** Whether the item is the judiciary's or general government business: no department is suggested. */
export function isNoDepartmentMatter(title: string, body: string): boolean {
  return COURT_SUBJECT.test(title.trim() || body.trim()) || COURT_VERDICT.test(title) || isGeneralTour(title) || isGeneralTour(body.slice(0, TOUR_LEAD_CHARS))
}
