import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultCatalogue } from '../../../server/classify/default-catalogue.ts'
import { readCorpus } from '../../../server/classify/eval-corpus.ts'
import { LATER_TUNE_PARTS, labelledByOf, tunePartsBefore } from '../../../server/classify/eval-parts.ts'
import { Gazetteer } from '../../../server/classify/gazetteer.ts'

// The later tune parts (server/classify/eval-parts.ts, their README sections): every item must be
// scoreable as labelled, and no page may be in two parts. tune12 on were labelled by guideline v1.2.
const gazetteer = new Gazetteer('山东省')
const ids = new Set(defaultCatalogue().map((d) => d.id))
const fileOf = (part: string) => path.resolve(import.meta.dirname, `../../fixtures/eval-real/${part}.jsonl`)
const rawOf = (file: string) => fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Record<string, unknown>)

describe.each(LATER_TUNE_PARTS)('the later tune part %s', (part) => {
  const FILE = fileOf(part)
  const raw = rawOf(FILE)

  it('reads as a corpus, each item with its address and the guideline version that labelled it', () => {
    const items = readCorpus(FILE)
    expect(items.length).toBe(raw.length)
    for (const r of raw) {
      expect(String(r.url), String(r.id)).toMatch(/^https?:\/\//)
      expect(r.labelled_by, String(r.id)).toBe(labelledByOf(part))
    }
    expect(new Set(items.map((i) => i.ref)).size).toBe(items.length)
  })

  it('labels with catalogue ids and home divisions by their full names; outside items by province only', () => {
    const cities = new Set(gazetteer.homeCities.map((c) => c.name))
    const counties = new Set(gazetteer.homeCounties.map((c) => `${c.city}/${c.name}`))
    for (const { ref, label } of readCorpus(FILE)) {
      if (label.department !== null) expect(ids.has(label.department), ref).toBe(true)
      if (label.province === '山东省') {
        if (label.city !== null) expect(cities.has(label.city), ref).toBe(true)
        if (label.county !== null) expect(counties.has(`${label.city}/${label.county}`), ref).toBe(true)
      } else {
        expect([label.city, label.county], ref).toEqual([null, null])
        expect(label.none_reason ?? '', ref).toMatch(label.province === null ? /no_place/ : /outside_shandong/)
      }
      if (label.department === null) expect(label.none_reason ?? '', ref).toMatch(/no_department/)
    }
  })
})

describe.each([
  ['tune3', ['tune', 'tune2']],
  ['tune4', ['tune', 'tune2', 'tune3']],
  ['tune5', ['tune', 'tune2', 'tune3', 'tune4']],
  ['tune6', ['tune', 'tune2', 'tune3', 'tune4', 'tune5']],
  ['tune7', ['tune', 'tune2', 'tune3', 'tune4', 'tune5', 'tune6']],
  ['tune8', ['tune', 'tune2', 'tune3', 'tune4', 'tune5', 'tune6', 'tune7']],
  ['tune9', ['tune', 'tune2', 'tune3', 'tune4', 'tune5', 'tune6', 'tune7', 'tune8']],
  ['tune10', ['tune', 'tune2', 'tune3', 'tune4', 'tune5', 'tune6', 'tune7', 'tune8', 'tune9']],
  ...LATER_TUNE_PARTS.filter((p) => Number(p.slice(4)) >= 11).map((p) => [p, tunePartsBefore(p)] as [string, string[]]),
])('the later tune part %s', (part, before) => {
  it('shares no page with the earlier tune parts: no address or headline of theirs is in it', () => {
    const earlier = new Set(before.flatMap((p) => rawOf(fileOf(p)).flatMap((r) => [String(r.url), String(r.title)])))
    for (const r of rawOf(fileOf(part))) {
      expect(earlier.has(String(r.url)), String(r.id)).toBe(false)
      if (r.title !== '') expect(earlier.has(String(r.title)), String(r.id)).toBe(false)
    }
  })
})
