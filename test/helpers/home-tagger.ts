import { defaultCatalogue } from '../../server/classify/default-catalogue.ts'
import { Gazetteer } from '../../server/classify/gazetteer.ts'
import { Tagger } from '../../server/classify/tagger.ts'

/** The tagger as a Shandong server builds it, for the tuning rounds' behaviour tests (tagging-tune*.test.ts). */
export const gazetteer = new Gazetteer('山东省')
export const tagger = new Tagger(gazetteer, defaultCatalogue())

/** The first department suggested, by id. */
export const dept = (title: string, text = '') => tagger.tag(title, text).departments[0]?.id

/** The suggested place as [province, city, county], read as from the outlet named `source` when given. */
export const place = (title: string, text = '', source?: string) => {
  const r = tagger.tag(title, text, source ? { name: source } : null).region
  return r && [r.province, r.city, r.county]
}
