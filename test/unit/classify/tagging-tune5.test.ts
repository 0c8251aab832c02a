import { describe, expect, it } from 'vitest'
import { defaultCatalogue } from '../../../server/classify/default-catalogue.ts'
import { Gazetteer } from '../../../server/classify/gazetteer.ts'
import { Tagger } from '../../../server/classify/tagger.ts'

// Round 12 of issue #19: behaviours from docs/tagging-guideline.md that the fifth tune part
// (test/fixtures/eval-real/tune5.jsonl) asked for. The sentences are written for the test.
const tagger = new Tagger(new Gazetteer('山东省'), defaultCatalogue())
const tag = (title: string, text = '') => tagger.tag(title, text)
const place = (title: string, text = '') => {
  const r = tag(title, text).region
  return r && [r.province, r.city, r.county]
}

describe('a place named in passing (guideline §2.1)', () => {
  it('reads the home province before a person as where the person is from, not the place', () => {
    expect(place('', '8月5日,京昆高速公路上,一名身无分文的山东男子步行回家,被河北高速交警救助。')?.[0]).toBe('河北省')
    expect(place('山东籍货车司机在江苏连云港突发疾病', '')?.[0]).toBe('江苏省')
    // The province as the subject still places the item.
    expect(place('山东男子篮球联赛在潍坊开幕', '')?.[1]).toBe('潍坊市')
    expect(place('山东发布暴雨预警', '')).toEqual(['山东省', null, null])
  })
})
