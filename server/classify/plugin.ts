import fp from 'fastify-plugin'
import type { Department } from '@shared/types/department.ts'
import type { ItemTags } from '@shared/types/item.ts'
import { OFFICE_ROOMS } from '../auth/index.ts'
import type { Config } from '../config.ts'
import { setPlaceDescriber, type TagItems } from '../ingest/index.ts'
import { describeOutletPlace } from './outlet-place.ts'
import { readCatalogue, startCatalogue } from './catalogue-store.ts'
import { type Gazetteer, gazetteerOf } from './gazetteer.ts'
import { Retagger } from './retag.ts'
import { recordCatalogueStart } from './catalogue-start.ts'
import { previewTagging } from './preview-tagger.ts'
import { correctionsRoutes } from './corrections-routes.ts'
import { classifyRoutes } from './routes.ts'
import { tagInSlices } from './tag-batch.ts'
import { threadTagger } from './tag-thread.ts'
import { Tagger } from './tagger.ts'

declare module 'fastify' {
  interface FastifyInstance {
    /** The home province's places (GB/T 2260): units and regions are named from it. */
    gazetteer: Gazetteer
    /** The department catalogue in force (PUT /api/departments changes it). */
    departmentCatalogue: CatalogueHolder
    /** Settles once the tagging thread has loaded jieba; tests wait for it, the server does not. */
    taggingReady: Promise<void>
  }
}

/** Where a catalogue change came from: this process stored it, or another one did (its units are synced there). */
export type CatalogueOrigin = 'local' | 'peer'

/** The catalogue in force, shared by the routes and the tagging thread. */
export interface CatalogueHolder {
  get(): Department[]
  set(catalogue: Department[], origin?: CatalogueOrigin): void
  /** Called after each set: units follow the catalogue (a new department is a new unit in every county). */
  onChange(listener: (catalogue: Department[], origin: CatalogueOrigin) => void): void
}

/**
 * Tags items as ingestion stores them (by decorating `tagItems`, which the ingest concern calls)
 * and owns the department catalogue. Register before ingest. Tagging runs on the process's one
 * long-lived worker thread (bench/classify.ts measured event-loop stalls over 50 ms on the main
 * thread under load); if that thread fails, batches are tagged here in 5 ms slices instead.
 */
export default fp(
  async (app, opts: { config: Config }) => {
    // Fails at startup, not on the first item, when the home province is unknown.
    const gazetteer = gazetteerOf(opts.config.homeProvince)
    // Sources show, and their routes check, the place in force by this gazetteer.
    setPlaceDescriber((source) => describeOutletPlace(gazetteer, source))
    const start = await startCatalogue(app.db, new Date())
    let catalogue = start.catalogue
    const thread = threadTagger(opts.config.homeProvince, catalogue)
    let local: Tagger | null = null
    const listeners: ((c: Department[], origin: CatalogueOrigin) => void)[] = []
    const holder: CatalogueHolder = {
      get: () => catalogue,
      set(next, origin = 'local') {
        catalogue = next
        thread.setCatalogue(next)
        local?.setCatalogue(next)
        for (const listener of listeners) listener(next, origin)
        // The other processes reload it from the database (the message may be lost; the database is not).
        if (origin === 'local') app.cluster.announce('catalogue:changed', {})
      },
      onChange: (listener) => void listeners.push(listener),
    }
    const tagItems: TagItems = async (items): Promise<ItemTags[]> => {
      try {
        return await thread.tagItems(items)
      } catch (err) {
        app.log.error({ err }, 'tagging thread failed; tagging on the main thread')
        local ??= new Tagger(gazetteer, catalogue)
        return tagInSlices(local, items)
      }
    }
    app.decorate('tagItems', tagItems)
    // The thread loads jieba (seconds) while the server starts and answers; items polled
    // meanwhile simply wait for their tags. Readiness does not wait, so health answers at once.
    const warm = tagItems([{ title: '山东省', text: '' }]).then(
      () => undefined,
      (err: unknown) => app.log.error({ err }, 'tagging warm-up failed'),
    )
    app.decorate('taggingReady', warm)
    app.decorate('gazetteer', gazetteer)
    app.decorate('departmentCatalogue', holder)
    // Re-tag progress is for the accounts that edit the catalogue.
    app.realtime.addAudience((event) => (event === 'departments:retag_progress' ? OFFICE_ROOMS : undefined))
    const retagger = new Retagger({ db: app.db, realtime: app.realtime, log: app.log, tagItems, now: () => new Date() })
    await app.register(classifyRoutes, { catalogue: holder, retagger, tagWith: previewTagging(opts.config.homeProvince, gazetteer, app.log) })
    await recordCatalogueStart(app, start, retagger)
    await app.register(correctionsRoutes, { catalogue: holder, gazetteer })
    // Another process stored a new catalogue: tag with it here too. Its re-tagging job supersedes ours.
    app.cluster.on('catalogue:changed', async (_data, reason) => {
      if (reason === 'local') return
      if (reason === 'peer') await retagger.cancel()
      holder.set(await readCatalogue(app.db), 'peer')
    })
    app.addHook('preClose', async () => {
      await retagger.cancel()
    })
  },
  { name: 'classify', dependencies: ['db', 'realtime', 'cluster', 'auth'], fastify: '5.x' },
)
