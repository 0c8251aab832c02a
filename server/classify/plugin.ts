import fp from 'fastify-plugin'
import type { Config } from '../config.ts'
import type { TagItems } from '../ingest/poller.ts'
import { loadCatalogue } from './catalogue-store.ts'
import { Gazetteer } from './gazetteer.ts'
import { Retagger } from './retag.ts'
import { classifyRoutes } from './routes.ts'
import { cut } from './segmenter.ts'
import { tagInSlices } from './tag-batch.ts'
import { Tagger } from './tagger.ts'

declare module 'fastify' {
  interface FastifyInstance {
    /** The one tagger of this process (jieba is loaded once); its catalogue follows PUT /api/departments. */
    tagger: Tagger
  }
}

/**
 * Tags items as ingestion stores them (by decorating `tagItems`, which the ingest concern calls)
 * and owns the department catalogue. Register before ingest.
 */
export default fp(
  async (app, opts: { config: Config }) => {
    const tagger = new Tagger(new Gazetteer(opts.config.homeProvince), await loadCatalogue(app.db, new Date()))
    const tagItems: TagItems = (items) => tagInSlices(tagger, items)
    app.decorate('tagger', tagger)
    app.decorate('tagItems', tagItems)
    // Story grouping segments with the same jieba this process already loaded (one copy, ~250 MB).
    app.decorate('tokenize', (text: string) => cut(text))
    const retagger = new Retagger({ db: app.db, realtime: app.realtime, log: app.log, tagger, now: () => new Date() })
    await app.register(classifyRoutes, { tagger, retagger })
    app.addHook('preClose', async () => {
      await retagger.cancel()
    })
  },
  { name: 'classify', dependencies: ['db', 'realtime'], fastify: '5.x' },
)
