/**
 * Second experiment (issue 19): builds the EXTERNAL labelled items from the 2020 泰迪杯 C题 data, as two
 * fetched repository snapshots hold it (provenance and the label mapping: README.md beside this file,
 * "Second experiment"). The data carry no licence, so they are not committed: this script rebuilds them
 * into `data/nb-department/external.jsonl` (git-ignored) from the snapshots' git directories.
 *
 *   npx tsx scripts/nb-department/build-external.ts [--fj2 GITDIR] [--fj4 GITDIR]
 *
 * Each line: {"ref", "title", "text", "label": {"department"}, "from": "附件2" | "附件4"}.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '../..')
export const EXTERNAL_FILE = path.join(ROOT, 'data/nb-department/external.jsonl')

/** Where each file is stored: repository, commit, path (README.md "Data found"). */
export const SOURCES = {
  fj2: {
    repo: '694035434/Natural-language-processing-and-text-mining',
    commit: 'b55669f6add2117eac7c924bb6652e215c4516eb',
    path: '附件2.xlsx',
    gitDir: '/work/.mirror/694035434+Natural-language-processing-and-text-mining/repo',
  },
  fj4: {
    repo: 'Rollbear-bot/HelloNLP-TopicC-in-TipDMCup2020',
    commit: '505edf120966fe65039395e3a7f5fa9848359274',
    path: 'resources/full_dataset/full_dataset_sheet_4.xlsx',
    gitDir: '/work/.mirror/Rollbear-bot+HelloNLP-TopicC-in-TipDMCup2020/repo/.git',
  },
} as const

/** 附件2's 一级分类 → our id; the others span several departments and are dropped (guideline). */
export const LEVEL1: Record<string, string | null> = {
  环境保护: 'sthjj',
  交通运输: 'jtysj',
  卫生计生: 'wjw',
  劳动和社会保障: 'rsj',
  城乡建设: null,
  教育文体: null,
  商贸旅游: null,
}

/** Agency names in a reply → our id (guideline table); null: no single department. */
export const AGENCY: Record<string, string | null> = {
  公安: 'gaj',
  交警: 'gaj',
  住建: 'zjj',
  住房和城乡建设: 'zjj',
  住房城乡建设: 'zjj',
  房产: 'zjj',
  房管: 'zjj',
  教育: 'jyj',
  人社: 'rsj',
  人力资源和社会保障: 'rsj',
  卫健: 'wjw',
  卫生健康: 'wjw',
  卫计: 'wjw',
  卫生计生: 'wjw',
  医保: 'ybj',
  医疗保障: 'ybj',
  交通运输: 'jtysj',
  交通: 'jtysj',
  生态环境: 'sthjj',
  环保: 'sthjj',
  环境保护: 'sthjj',
  自然资源: 'zrzyj',
  国土资源: 'zrzyj',
  国土: 'zrzyj',
  林业: 'zrzyj',
  城管: 'cgj',
  城市管理: 'cgj',
  行政执法: 'cgj',
  市场监督管理: 'scjgj',
  市场监管: 'scjgj',
  工商: 'scjgj',
  食药监: 'scjgj',
  民政: 'mzj',
  水利: 'slj',
  水务: 'slj',
  农业农村: 'nyncj',
  农业: 'nyncj',
  畜牧: 'nyncj',
  商务: 'swj',
  文旅: 'whlyj',
  文化和旅游: 'whlyj',
  旅游: 'whlyj',
  财政: 'czj',
  税务: 'czj',
  退役军人: 'tyjrj',
  应急管理: 'yjj',
  安监: 'yjj',
  发改: 'fgw',
  发展和改革: 'fgw',
  工信: 'gxj',
  信访: 'xfj',
  司法: 'sfj',
  审计: 'sjj',
  统计: 'tjj',
  体育: 'tyj',
  行政审批: 'xzspj',
  文体: null,
  政务服务: null,
  扶贫: null,
}

// Longest name first, so 交通运输 wins over 交通 and 农业农村 over 农业 at the same position.
const AGENCY_RE = new RegExp(
  `(${Object.keys(AGENCY)
    .sort((a, b) => b.length - a.length)
    .join('|')})(分局|局|委员会|委|厅|部门|支队|大队)`,
)

/** The first agency a reply names, mapped (undefined: it names none). */
export function replyDepartment(reply: string): string | null | undefined {
  const m = AGENCY_RE.exec(reply)
  return m ? AGENCY[m[1]!] : undefined
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const unescape = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (XML_ENTITIES[e] ?? all),
  )

function unzipEntry(xlsx: string, entry: string): string {
  const r = spawnSync('unzip', ['-p', xlsx, entry], { maxBuffer: 1 << 28, encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`unzip ${xlsx} ${entry}: ${r.stderr}`)
  return r.stdout
}

/** The first sheet of an xlsx as rows of column letter → text (shared strings resolved). */
export function readXlsx(xlsx: string): Record<string, string>[] {
  const shared = [...unzipEntry(xlsx, 'xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    unescape([...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')),
  )
  const rows: Record<string, string>[] = []
  for (const row of unzipEntry(xlsx, 'xl/worksheets/sheet1.xml').matchAll(/<row [^>]*>([\s\S]*?)<\/row>/g)) {
    const cells: Record<string, string> = {}
    for (const c of row[1]!.matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const v = /<v>([\s\S]*?)<\/v>/.exec(c[3] ?? '')
      if (!v) continue
      cells[c[1]!] = / t="s"/.test(c[2]!) ? shared[Number(v[1])]! : unescape(v[1]!)
    }
    if (Object.keys(cells).length) rows.push(cells)
  }
  return rows
}

function fromSnapshot(src: (typeof SOURCES)[keyof typeof SOURCES], gitDir: string): string {
  const r = spawnSync('git', ['--git-dir', gitDir, 'show', `${src.commit}:${src.path}`], { maxBuffer: 1 << 28 })
  if (r.status !== 0) throw new Error(`git show ${src.repo}@${src.commit}:${src.path}: ${r.stderr.toString()}`)
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nb2-')), 'f.xlsx')
  fs.writeFileSync(file, r.stdout)
  return file
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim()
/** The lead the model reads: the first 300 characters of the message (guideline). */
const lead = (s: string) => squash(s).slice(0, 300)

export interface ExternalItem {
  ref: string
  title: string
  text: string
  label: { department: string }
  from: '附件2' | '附件4'
}

export function buildExternal(fj2Git: string, fj4Git: string): { items: ExternalItem[]; counts: Record<string, number> } {
  const items: ExternalItem[] = []
  const counts: Record<string, number> = {}
  const bump = (k: string) => (counts[k] = (counts[k] ?? 0) + 1)

  const [head2, ...rows2] = readXlsx(fromSnapshot(SOURCES.fj2, fj2Git))
  if (head2?.C !== '留言主题' || head2.E !== '留言详情' || head2.F !== '一级分类') throw new Error(`附件2: unexpected header ${JSON.stringify(head2)}`)
  for (const r of rows2) {
    const dept = LEVEL1[r.F ?? '']
    if (dept === undefined) throw new Error(`附件2: unknown 一级分类 ${r.F}`)
    if (dept === null) {
      bump(`附件2 dropped (${r.F})`)
      continue
    }
    bump('附件2 kept')
    items.push({ ref: `附件2:${r.A}`, title: squash(r.C ?? ''), text: lead(r.E ?? ''), label: { department: dept }, from: '附件2' })
  }

  const [head4, ...rows4] = readXlsx(fromSnapshot(SOURCES.fj4, fj4Git))
  if (head4?.C !== '留言主题' || head4.E !== '留言详情' || head4.F !== '答复意见') throw new Error(`附件4: unexpected header ${JSON.stringify(head4)}`)
  rows4.forEach((r, i) => {
    const dept = replyDepartment(r.F ?? '')
    if (dept === undefined) return void bump('附件4 dropped (reply names no agency)')
    if (dept === null) return void bump('附件4 dropped (agency of no single department)')
    bump('附件4 kept')
    items.push({ ref: `附件4:${r.A ?? i + 2}`, title: squash(r.C ?? ''), text: lead(r.E ?? ''), label: { department: dept }, from: '附件4' })
  })
  return { items, counts }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name)
    return i > 0 ? process.argv[i + 1] : undefined
  }
  const { items, counts } = buildExternal(arg('--fj2') ?? SOURCES.fj2.gitDir, arg('--fj4') ?? SOURCES.fj4.gitDir)
  fs.mkdirSync(path.dirname(EXTERNAL_FILE), { recursive: true })
  fs.writeFileSync(EXTERNAL_FILE, items.map((i) => JSON.stringify(i)).join('\n') + '\n')
  console.log(JSON.stringify(counts))
  const byDept: Record<string, number> = {}
  for (const i of items) byDept[i.label.department] = (byDept[i.label.department] ?? 0) + 1
  console.log(JSON.stringify(Object.entries(byDept).sort((a, b) => b[1] - a[1])))
  console.log(`${items.length} items → ${path.relative(ROOT, EXTERNAL_FILE)}`)
}
