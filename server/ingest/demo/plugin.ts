import fp from 'fastify-plugin'
import type { Config } from '../../config.ts'
import { insertSource } from '../source-store.ts'
import { loadDemoItems, renderDemoFeed } from './demo-feed.ts'
import { PUBLIC } from '../../auth/index.ts'

export const DEMO_SOURCE_NAME = '演示信息源（离线回放）'
const DEMO_POLL_INTERVAL_S = 5

/**
 * The offline demo: the app serves a replayed feed over HTTP and registers it as an ordinary
 * (builtin) source, polled like any other. YQ_DEMO=0 pauses it.
 */
export default fp(
  async (app, opts: { config: Config }) => {
    const items = loadDemoItems()
    let epochMs = Date.now()

    app.get('/demo/feed.xml', PUBLIC, async (req, reply) => {
      const base = `${req.protocol}://${req.host}`
      reply.type('application/rss+xml; charset=utf-8')
      return renderDemoFeed(items, epochMs, opts.config.demoIntervalS, Date.now(), base)
    })

    app.get<{ Params: { k: string } }>('/demo/items/:k', PUBLIC, async (req, reply) => {
      const k = Number(req.params.k)
      const item = Number.isInteger(k) && k >= 0 ? items[k % items.length] : undefined
      if (!item) return reply.code(404).send({ message: 'no such demo item' })
      reply.type('text/plain; charset=utf-8')
      return `${item.title}\n\n${item.summary}\n\n（${item.source}，演示数据）`
    })

    // The URL carries the port, known only once listening; a restart on another port moves it.
    app.addHook('onListen', async () => {
      const address = app.server.address()
      if (!address || typeof address === 'string') return
      const url = `http://127.0.0.1:${address.port}/demo/feed.xml`
      // Several processes: each polls the demo from itself (the feed is the same on all: it is
      // timed from the source's created_at), so it goes on when the process named in the URL stops.
      app.poller.serveBuiltinAt(url)
      const existing = await app.db.selectFrom('sources').selectAll().where('builtin', '=', 1).executeTakeFirst()
      if (!existing) {
        if (!opts.config.demo) return
        const sourceCount = await app.db.selectFrom('sources').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst()
        if (Number(sourceCount?.n ?? 0) > 0) return // only an empty database gets the demo
        const now = new Date()
        epochMs = now.getTime()
        await insertSource(app.db, { name: DEMO_SOURCE_NAME, url, kind: 'rss', interval_s: DEMO_POLL_INTERVAL_S, builtin: true }, now)
        return
      }
      epochMs = Date.parse(existing.created_at)
      // An admin deleted the demo: it stays deleted across restarts.
      await app.db
        .updateTable('sources')
        .set({ url, enabled: opts.config.demo && !existing.archived_at ? 1 : 0, etag: null, last_modified: null })
        .where('id', '=', existing.id)
        .execute()
    })
  },
  { name: 'demo', dependencies: ['db', 'auth', 'ingest'], fastify: '5.x' },
)
