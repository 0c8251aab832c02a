import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { digest } from './key.ts'

/**
 * `npx tsx <this file> <part>`, run in a checkout of an OLDER commit (the one that scored <part>
 * once, fresh, before any tuning on it): prints, per item of that checkout's
 * test/fixtures/eval-real/<part>.jsonl, the tagger's first three department candidates (id, score,
 * terms) and its region, with a digest of the item's headline and text so experiment.ts can find the
 * item in today's file even where ids were renamed or items dropped since. It imports the checkout's
 * own modules (the working directory's), whose Tagger API has not changed since.
 */
const part = process.argv[2]
if (!part) throw new Error('usage: dump-candidates.ts <part>')
const from = (rel: string) => import(pathToFileURL(path.resolve(rel)).href)
const { defaultCatalogue } = await from('server/classify/default-catalogue.ts')
const { Gazetteer } = await from('server/classify/gazetteer.ts')
const { Tagger } = await from('server/classify/tagger.ts')
const tagger = new Tagger(new Gazetteer('山东省'), defaultCatalogue())
interface Dept { id: string; score: number; terms: string[] }
interface Region { province: string | null; city: string | null; county: string | null }
const lines = fs.readFileSync(path.resolve(`test/fixtures/eval-real/${part}.jsonl`), 'utf8').split('\n')
for (const raw of lines) {
  if (!raw.trim()) continue
  const i = JSON.parse(raw) as { id: string; title: string; text: string; source?: string }
  const t = tagger.tag(i.title, i.text, i.source ? { name: i.source } : null) as { departments: Dept[]; region: Region | null }
  const r = t.region
  console.log(JSON.stringify({
    id: i.id,
    key: digest(i.title, i.text),
    top: t.departments.slice(0, 3).map((d) => ({ id: d.id, score: d.score, terms: d.terms })),
    region: r ? { province: r.province, city: r.city, county: r.county } : null,
  }))
}

