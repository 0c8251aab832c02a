import fp from 'fastify-plugin'
import { expireClaims } from './claims.ts'
import { triageRoutes, type ReleasePublisher } from './routes.ts'
import { catchUpIndex } from './search-index.ts'

export interface TriagePluginOptions {
  /** The clock of routes and claim expiry; tests inject one. */
  now?: () => Date
}

/** Sweeps expired claims and indexes new items for search in small steps. */
const SWEEP_MS = 5_000

/**
 * The triage workbench's API: the queue of untriaged stories, claims, decisions (open, link,
 * dismiss, watch, undo) and live counts. Uses the cases concern's writes inside its own
 * transactions and classify's segmenter for the search index.
 */
export default fp(
  async (app, opts: TriagePluginOptions) => {
    const now = opts.now ?? (() => new Date())
    const onReleased: ReleasePublisher = { publish: async () => {} }
    await app.register(triageRoutes, { now, onReleased })
    let timer: NodeJS.Timeout | null = null
    let running: Promise<void> = Promise.resolve()
    const sweep = async () => {
      await onReleased.publish(await expireClaims(app.db, now()))
      await catchUpIndex(app.db, 1)
    }
    app.addHook('onReady', async () => {
      timer = setInterval(() => {
        running = sweep().catch((err: unknown) => app.log.error({ err }, 'triage sweep failed'))
      }, SWEEP_MS)
      timer.unref()
    })
    app.addHook('preClose', async () => {
      if (timer) clearInterval(timer)
      await running
    })
  },
  { name: 'triage', dependencies: ['db', 'realtime', 'auth', 'cases', 'classify'], fastify: '5.x' },
)
