import fp from 'fastify-plugin'
import type { Config } from '../config.ts'
import { installCaseAudience } from './case-audience.ts'
import { DeadlineScheduler } from './deadline-scheduler.ts'
import { policyRoutes } from './policy-routes.ts'
import { caseRoutes } from './routes.ts'
import { unitRoutes } from './unit-routes.ts'
import { syncUnits, type UnitRecord } from './unit-sync.ts'

declare module 'fastify' {
  interface FastifyInstance {
    deadlineScheduler: DeadlineScheduler
    /** Brings the units table up to the unit directory: on start, and when the catalogue changes. */
    syncUnitDirectory: () => Promise<void>
  }
}

export interface CasePluginOptions {
  config: Config
  /** The clock of routes and scheduler; tests inject one. */
  now?: () => Date
  /** Every unit tagging can suggest (from the gazetteer and catalogue); synced into units on start. */
  unitDirectory?: () => readonly UnitRecord[]
}

export default fp(
  async (app, opts: CasePluginOptions) => {
    const now = opts.now ?? (() => new Date())
    const scheduler = new DeadlineScheduler({ db: app.db, realtime: app.realtime, log: app.log, now, tickMs: Math.max(opts.config.deadlineTickMs, 50) })
    app.decorate('deadlineScheduler', scheduler)
    await app.register(caseRoutes, { now })
    await app.register(unitRoutes)
    await app.register(policyRoutes)
    // The first scan on start catches up on crossings that happened while the server was down.
    const audience = installCaseAudience(app)
    const syncUnitDirectory = async () => {
      if (!opts.unitDirectory) return
      try {
        await syncUnits(app.db, opts.unitDirectory(), audience.unitsChanged)
      } finally {
        // The tree as committed (a failed write leaves nothing of what unitsChanged heard).
        await audience.reloadUnits()
      }
    }
    app.decorate('syncUnitDirectory', syncUnitDirectory)
    app.addHook('onReady', async () => {
      await syncUnitDirectory()
      if (opts.config.deadlineTickMs > 0) scheduler.start()
    })
    app.addHook('preClose', async () => {
      await scheduler.stop()
    })
  },
  { name: 'cases', dependencies: ['db', 'realtime', 'auth'], fastify: '5.x' },
)
