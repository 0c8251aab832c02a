import type { Level, SeverityTag } from '@shared/types/item.ts'
import { AhoCorasick, type Hit } from './aho-corasick.ts'
import { NUMBER_PATTERN, parseChineseNumber } from './chinese-number.ts'

/** Words that say something has happened (爆炸, 火灾, …), not merely that it is talked about. */
const INCIDENT_WORDS = [
  '爆炸', '爆燃', '闪爆', '火灾', '起火', '着火', '失火', '大火', '坍塌', '垮塌', '倒塌', '塌方', '泄漏', '中毒', '踩踏',
  '群体性事件', '聚集维权', '车祸', '交通事故', '相撞', '追尾', '侧翻', '翻车', '溺水', '溺亡', '触电', '透水', '冒顶', '矿难',
  '山体滑坡', '泥石流', '溃坝', '决堤', '地震', '沉船', '翻船', '坠落', '坠亡', '坠楼', '命案', '持刀伤人', '砍人', '纵火',
  '遇难', '身亡', '被困', '失联', '下落不明', '沉没', '事故', '险情', '燃气泄漏', '疫情暴发', '聚集性疫情', '食物中毒', '伤亡', '死亡', '受伤',
]

/** A sentence that warns, trains or inspects is not an incident report, unless it reports a harm. */
/** Drills and simulations describe fires and explosions that did not happen, whatever verbs they use. */
const NEVER_AN_EVENT = ['演练', '演习', '模拟']
const NOT_AN_EVENT = ['演练', '隐患', '排查', '防范', '预防', '宣传', '培训', '科普', '知识', '警示教育', '应急预案', '安全检查', '专项整治', '部署', '会议', '安全月', '提醒', '提示']
const HAPPENED = /(发生|突发|造成|致|导致|已致|当场|送医|抢救|遇难|身亡|死亡|受伤)/

const CASUALTY_GAP = '[^，。；,;！？!?伤亡死\\s]{0,8}?'
const NUM = `(${NUMBER_PATTERN})`
const DEATH = '(?:死亡|遇难|身亡|罹难|丧生|殒命|失踪|失联|下落不明|溺亡|坠亡)'
const INJURY = '(?:受伤|重伤|轻伤|烧伤|中毒|送医|入院)'
// 二十余人, 10多名: read as the stated number (a lower bound).
const PEOPLE = '(?:余|多)?\\s*(?:名|人|位|个)'
const PATTERNS: { kind: 'deaths' | 'injured'; re: RegExp }[] = [
  { kind: 'deaths', re: new RegExp(`${NUM}${PEOPLE}${CASUALTY_GAP}${DEATH}`, 'g') },
  // 死亡3人, but not 死亡12人受伤 (…3人死亡12人受伤): that number belongs to the injuries.
  { kind: 'deaths', re: new RegExp(`${DEATH}(?:人数)?(?:升至|增至|达到?|为|共|已达)?\\s*${NUM}${PEOPLE}(?!${INJURY})`, 'g') },
  { kind: 'deaths', re: new RegExp(`${NUM}死`, 'g') },
  { kind: 'injured', re: new RegExp(`${NUM}${PEOPLE}${CASUALTY_GAP}${INJURY}`, 'g') },
  { kind: 'injured', re: new RegExp(`${INJURY}(?:人数)?(?:升至|增至|达到?|为|共|已达)?\\s*${NUM}${PEOPLE}(?!${DEATH})`, 'g') },
  { kind: 'injured', re: new RegExp(`${NUM}伤`, 'g') },
]
const LOSS = new RegExp(`(?:直接)?经济损失(?:约|达|超过?|逾|近)?\\s*${NUM}\\s*(万|亿)元`, 'g')
const NO_CASUALTIES = /(无|未造成|没有)人员(伤亡|死亡|受伤)/

/** The grade a regulation word names outright (较大事故, 重大火灾 …). */
const NAMED_GRADE: [RegExp, Level][] = [
  [/特别重大(?:事故|安全事故|生产安全事故|火灾|事件|突发事件|灾害)/, 'I'],
  [/(?<!特别)重大(?:事故|安全事故|生产安全事故|火灾|突发事件|交通事故)/, 'II'],
  [/较大(?:事故|安全事故|生产安全事故|火灾|突发事件|交通事故)/, 'III'],
]

/**
 * 生产安全事故报告和调查处理条例 (国务院令第493号) art. 3: deaths (失踪 counted as deaths),
 * serious injuries (incl. acute poisoning) and direct loss, the highest grade any one reaches.
 * Headlines rarely separate 重伤 from 受伤, so every injury counts: the level is a suggestion.
 */
export function gradeByCounts(deaths: number, injured: number, lossYuan: number): Level {
  if (deaths >= 30 || injured >= 100 || lossYuan >= 1e8) return 'I'
  if (deaths >= 10 || injured >= 50 || lossYuan >= 5e7) return 'II'
  if (deaths >= 3 || injured >= 10 || lossYuan >= 1e7) return 'III'
  return 'IV'
}

const INCIDENT_MATCHER = new AhoCorasick(INCIDENT_WORDS.map((w) => [w, w]))
/**
 * Most items are no incident: a count of each kind needs one of its words (or 死/伤 after a number),
 * so the patterns are tried only where one is. A class of single characters (亡, 明, 院 …) let most
 * texts through.
 */
const MAY_COUNT: Record<'deaths' | 'injured', RegExp> = { deaths: new RegExp(`死|${DEATH}`), injured: new RegExp(`伤|${INJURY}`) }

/** Says whether a word found in the text is a word there (遇难 is none in 遇/难题); see segmenter.ts. */
export type WordCheck = (text: string, hit: Hit<unknown>) => boolean

/**
 * Incident words in sentences that report an event, not a drill or an inspection. The sentence is
 * judged before the word: a word-boundary check cuts text with jieba, so it is spent only on a
 * word not yet found, in a sentence that reports something.
 */
function incidentWords(text: string, isWord: WordCheck): string[] {
  const hits = INCIDENT_MATCHER.findAll(text)
  if (hits.length === 0) return []
  const found = new Set<string>()
  let start = 0
  for (const s of text.split(/(?<=[。！？；!?;\n])/)) {
    const end = start + s.length
    const inSentence = hits.filter((h) => h.start >= start && h.end <= end)
    start = end
    if (inSentence.length === 0) continue
    if (NEVER_AN_EVENT.some((w) => s.includes(w))) continue
    if (NOT_AN_EVENT.some((w) => s.includes(w)) && !HAPPENED.test(s)) continue
    for (const h of inSentence) if (!found.has(h.value) && isWord(text, h)) found.add(h.value)
  }
  return [...found]
}

function maxCount(text: string, kind: 'deaths' | 'injured'): number {
  let max = 0
  if (!MAY_COUNT[kind].test(text)) return 0
  for (const p of PATTERNS) {
    if (p.kind !== kind) continue
    for (const m of text.matchAll(p.re)) {
      const n = parseChineseNumber(m[1]!)
      if (n !== null && n < 100_000) max = Math.max(max, n)
    }
  }
  return max
}

/** Severity signals and a suggested level I–IV with its reasons; level null when nothing happened. */
export function assessSeverity(title: string, body: string, isWord: WordCheck = () => true): SeverityTag {
  const text = `${title}。${body}`
  const words = incidentWords(text, isWord)
  const deaths = maxCount(text, 'deaths')
  const injured = maxCount(text, 'injured')
  let loss = 0
  if (text.includes('损失')) for (const m of text.matchAll(LOSS)) loss = Math.max(loss, (parseChineseNumber(m[1]!) ?? 0) * (m[2] === '亿' ? 1e8 : 1e4))
  const namedGrade = text.includes('大') ? NAMED_GRADE.find(([re]) => re.test(text)) : undefined
  const named = namedGrade && { level: namedGrade[1], words: text.match(namedGrade[0])![0] }
  if (words.length === 0 && deaths === 0 && injured === 0 && !named) return { level: null, signals: [] }

  const signals = words.map((w) => `事件词：${w}`)
  if (deaths > 0) signals.push(`死亡（含失踪）${deaths}人`)
  if (injured > 0) signals.push(`受伤${injured}人`)
  if (loss > 0) signals.push(`直接经济损失${loss >= 1e8 ? `${loss / 1e8}亿` : `${loss / 1e4}万`}元`)
  if (NO_CASUALTIES.test(text)) signals.push('无人员伤亡')
  let level = gradeByCounts(deaths, injured, loss)
  // Reporters call many crashes 重大: a named grade counts only when the text gives no counts.
  if (named && deaths === 0 && injured === 0 && loss === 0 && LEVEL_RANK[named.level] < LEVEL_RANK[level]) {
    level = named.level
    signals.push(`文中定级：${named.words}`)
  }
  signals.push(`建议等级：${level}（${LEVEL_NAMES[level]}，依据伤亡与损失人数的国家事故分级）`)
  return { level, signals, deaths, injured }
}

const LEVEL_RANK: Record<Level, number> = { I: 1, II: 2, III: 3, IV: 4 }
const LEVEL_NAMES: Record<Level, string> = { I: '特别重大', II: '重大', III: '较大', IV: '一般' }
