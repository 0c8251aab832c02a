import path from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * `npx tsx <this file> <part>`, run in a checkout of an OLDER commit: prints, per item of that
 * checkout's test/fixtures/eval-real/<part>.jsonl, the first department and the region its tagger
 * gave. Run at the commit that scored a part once, fresh, it records the tagger's answers on text
 * it had not been tuned on, so agreement.ts can score them against both annotators (README.md here).
 * It imports the checkout's own modules (the working directory's), whose API has not changed since.
 */
const part = process.argv[2]
if (!part) throw new Error('usage: dump-tags.ts <part>')
const from = (rel: string) => import(pathToFileURL(path.resolve(rel)).href)
const { defaultCatalogue } = await from('server/classify/default-catalogue.ts')
const { readCorpus } = await from('server/classify/eval-corpus.ts')
const { Gazetteer } = await from('server/classify/gazetteer.ts')
const { Tagger } = await from('server/classify/tagger.ts')
const tagger = new Tagger(new Gazetteer('山东省'), defaultCatalogue())
for (const i of readCorpus(path.resolve(`test/fixtures/eval-real/${part}.jsonl`))) {
  const t = tagger.tag(i.title, i.text, i.source ? { name: i.source } : null)
  const r = t.region
  console.log(JSON.stringify({ id: i.ref, department: t.departments[0]?.id ?? null, region: r ? { province: r.province, city: r.city, county: r.county } : null }))
}
