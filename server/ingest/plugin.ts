import fp from 'fastify-plugin'
import type { Config } from '../config.ts'
import type { Tokenizer } from './dedupe.ts'
import { createFeedAgent } from './fetch-feed.ts'
import { Poller, type TagItems } from './poller.ts'
import { pushRoutes } from './push-routes.ts'
import { releaseSourceLeasesOfDeadProcesses } from './source-leases.ts'
import { ingestRoutes } from './routes.ts'
import { sourceAdminRoutes } from './source-admin-routes.ts'
import { sourceTestRoutes } from './source-test.ts'
import { storyRoutes } from './story-routes.ts'

declare module 'fastify' {
  interface FastifyInstance {
    poller: Poller
    /** Set by the classify concern when it is registered; ingestion stores untagged items without it. */
    tagItems?: TagItems
    /**
     * Set by the classify concern (nodejieba, loaded once per process) when registered; story
     * grouping falls back to character bigrams without it.
     */
    tokenize?: Tokenizer
  }
}

export default fp(
  async (app, opts: { config: Config }) => {
    if (app.cluster.shared) {
      // Before the first tick: a source a dead earlier process on this host held is polled at once.
      const released = await releaseSourceLeasesOfDeadProcesses(app.db, app.cluster.id)
      if (released > 0) app.log.info({ released }, 'source leases of a dead earlier process on this host let go')
    }
    // Private addresses are refused at connect time too (DNS may change after the URL check).
    const agent = createFeedAgent(undefined, { allowPrivate: opts.config.allowPrivateFeeds })
    const poller = new Poller({
      db: app.db,
      realtime: app.realtime,
      agent,
      log: app.log,
      allowPrivateFeeds: opts.config.allowPrivateFeeds,
      tickMs: opts.config.pollTickMs,
      maxItemsPerPoll: opts.config.feedMaxItems,
      parseTimeoutMs: opts.config.feedParseTimeoutMs,
      tagItems: (items) => (app.tagItems ? app.tagItems(items) : Promise.resolve([])),
      tokenize: (text) => app.tokenize?.(text) ?? [],
      // Several processes (YQ_REDIS_URL, or PostgreSQL): each source is polled by one of them at a time.
      lease: app.cluster.shared ? { holder: app.cluster.id, leaseMs: opts.config.leaseMs } : undefined,
    })
    app.decorate('poller', poller)
    await app.register(ingestRoutes, { poller, allowPrivateFeeds: opts.config.allowPrivateFeeds })
    await app.register(pushRoutes, { poller })
    await app.register(sourceAdminRoutes, { ctx: poller.ctx })
    await app.register(sourceTestRoutes, { ctx: poller.ctx, agent })
    await app.register(storyRoutes)

    app.addHook('onReady', async () => {
      if (opts.config.pollTickMs > 0) poller.start()
    })
    // Stop polling and let writes under way commit before sockets and the database close.
    app.addHook('preClose', async () => {
      await poller.stop()
      await agent.close()
    })
  },
  { name: 'ingest', dependencies: ['db', 'realtime', 'auth'], fastify: '5.x' },
)
