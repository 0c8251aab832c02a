import { setImmediate as yieldToLoop } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { defaultCatalogue } from '../../../server/classify/default-catalogue.ts'
import { Gazetteer } from '../../../server/classify/gazetteer.ts'
import { tagInSlices } from '../../../server/classify/tag-batch.ts'
import { Tagger } from '../../../server/classify/tagger.ts'

describe('tagInSlices()', () => {
  it('returns tags in input order and lets other work run between slices', async () => {
    const tagger = new Tagger(new Gazetteer('山东省'), defaultCatalogue())
    const items = Array.from({ length: 400 }, (_, i) => ({ title: i % 2 ? '历下区一奶茶店使用过期原料' : '青岛市北区公交停运', text: '' }))
    let ticks = 0
    let running = true
    const ticker = (async () => {
      while (running) {
        ticks++
        await yieldToLoop()
      }
    })()
    // A 0 ms slice yields after every item, so the ticker must have run in between.
    const tags = await tagInSlices(tagger, items, 0)
    running = false
    await ticker
    expect(tags).toHaveLength(400)
    expect(tags[0]!.region?.city).toBe('青岛市')
    expect(tags[1]!.region?.county).toBe('历下区')
    expect(ticks).toBeGreaterThan(100)
  })
})
