import fp from 'fastify-plugin'
import type { NotifyIntervalKind } from '@shared/policy/profile.ts'
import type { Config } from '../config.ts'
import { loadCase } from '../cases/index.ts'
import { channelAdapters, channelDeployment } from './channels/index.ts'
import type { ChannelAdapter } from './channels/channel.ts'
import type { ChannelKind } from '@shared/notify/channels.ts'
import { channelRoutes } from './channel-routes.ts'
import { deliveryRoutes } from './delivery-routes.ts'
import { releaseLease, takeLease } from '../cluster/index.ts'
import { Dispatcher } from './dispatcher.ts'
import type { ChangedCases } from './outcome.ts'
import { Reminders } from './reminders.ts'
import { syncDutyPhoneChannels } from './duty-phones.ts'

declare module 'fastify' {
  interface FastifyInstance {
    /** Delivers the outbox; tests call `tick()` when the automatic tick is off. */
    notifyDispatcher: Dispatcher
    /** Reminders (still overdue) and the escalation ladder; run before each dispatch. */
    notifyReminders: Reminders
  }
}

/** The lease whose holder delivers notifications and scans reminders. */
const NOTIFY_LEASE = 'notify'

/** Reminders and the ladder work in minutes: a pass a second is plenty, on its own loop so it never delays delivery. */
const REMINDER_SCAN_MS = 1000

/** Test seams; production passes none. */
export interface NotifySeams {
  now?: () => Date
  random?: () => number
  adapters?: Partial<Record<ChannelKind, ChannelAdapter>>
  intervals?: Partial<Record<NotifyIntervalKind, number>>
  retryBaseMs?: number
  rateLimitHoldMs?: number
}

export interface NotifyPluginOptions {
  config: Config
  seams?: NotifySeams
}

export default fp(
  async (app, opts: NotifyPluginOptions) => {
    const { config, seams = {} } = opts
    const now = seams.now ?? (() => new Date())
    const adapters = { ...channelAdapters, ...seams.adapters }
    const deployment = channelDeployment(config)
    // The link in every message is absolute: the configured public URL, else where this server listens.
    const baseUrl = (): string => {
      if (config.publicUrl) return config.publicUrl
      const address = app.server.address()
      const port = address && typeof address !== 'string' ? address.port : config.port
      return `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`
    }
    const publish = (changed: ChangedCases): void => {
      for (const [id, seq] of changed) {
        void loadCase(app.db, id, now())
          .then((data) => data && app.realtime.publish('case:updated', { seq, data }))
          .catch((err: unknown) => app.log.warn({ err, case_id: id }, 'case:updated after a notification not published'))
      }
    }
    // A unit's mobile duty phone is one of its channels while an SMS provider is configured.
    const beforeScan = config.sms ? async () => void (await syncDutyPhoneChannels(app.db, now())) : undefined
    // Several processes (YQ_REDIS_URL, or PostgreSQL): delivery and reminders run in whichever holds the lease; if it
    // dies, another takes over once the lease runs out. Real time: a lease is about processes, not the test clock.
    const gate = app.cluster.shared ? () => takeLease(app.db, NOTIFY_LEASE, app.cluster.id, { now: () => new Date(), leaseMs: config.leaseMs }) : undefined
    const reminders = new Reminders({ db: app.db, now, intervals: seams.intervals, tickMs: REMINDER_SCAN_MS, log: app.log, onCasesChanged: publish, beforeScan, gate })
    const dispatcher = new Dispatcher({
      db: app.db,
      adapters,
      baseUrl,
      deployment,
      log: app.log,
      now,
      random: seams.random ?? Math.random,
      tickMs: Math.max(config.notifyTickMs, 20),
      onCasesChanged: publish,
      retryBaseMs: seams.retryBaseMs,
      rateLimitHoldMs: seams.rateLimitHoldMs,
      gate,
    })
    app.decorate('notifyDispatcher', dispatcher)
    app.decorate('notifyReminders', reminders)
    await app.register(channelRoutes, { adapters, deployment, baseUrl, now })
    await app.register(deliveryRoutes, { now, wake: () => void dispatcher.tick() })
    // After listening: the first pass delivers what a crash left pending and catches up on reminders.
    app.addHook('onListen', async () => {
      if (config.notifyTickMs > 0) {
        dispatcher.start()
        reminders.start()
      }
    })
    app.addHook('preClose', async () => {
      await reminders.stop()
      await dispatcher.stop()
      // A clean stop hands over at once rather than after the lease runs out.
      if (gate) await releaseLease(app.db, NOTIFY_LEASE, app.cluster.id).catch(() => undefined)
    })
  },
  { name: 'notify', dependencies: ['db', 'realtime', 'auth', 'cases'], fastify: '5.x' },
)
