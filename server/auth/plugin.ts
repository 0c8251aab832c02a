import fastifyCookie from '@fastify/cookie'
import fastifyHelmet from '@fastify/helmet'
import fastifyRateLimit from '@fastify/rate-limit'
import fp from 'fastify-plugin'
import type { Config } from '../config.ts'
import { mustDeclare } from './access.ts'
import { adminRoutes } from './admin-routes.ts'
import { ensureFirstAdmin } from './first-admin.ts'
import { installGuard } from './guard.ts'
import { setScryptCost } from './password.ts'
import { rateLimitStore } from './rate-limit-store.ts'
import { authRoutes } from './routes.ts'
import type { SessionPolicy } from './sessions.ts'
import { installSocketAuth } from './sockets.ts'

export interface RouteEntry {
  method: string
  url: string
  declared: boolean
}

export interface Auth {
  /** Every route the app has, as `onRoute` saw it: the access test walks this list. */
  routes: RouteEntry[]
  /** Re-checks open sockets now (after a revoke, logout or role change) instead of at the next tick. */
  recheckSockets: () => Promise<void>
}

declare module 'fastify' {
  interface FastifyInstance {
    auth: Auth
  }
}

/** Register before every concern that adds routes: the guard and `onRoute` must see them all. */
export default fp(
  async (app, opts: { config: Config; print?: (line: string) => void; now?: () => Date }) => {
    const now = opts.now ?? (() => new Date())
    setScryptCost(opts.config.scryptLogN)
    const routes: RouteEntry[] = []
    app.addHook('onRoute', (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method]
      for (const method of methods) routes.push({ method, url: route.url, declared: route.config?.access !== undefined })
    })
    const policy: SessionPolicy = { idleMs: opts.config.sessionIdleMin * 60_000, absoluteMs: opts.config.sessionAbsoluteH * 3_600_000 }

    await app.register(fastifyCookie)
    await app.register(fastifyHelmet, {
      // Plain HTTP on an office LAN is a supported deployment: no forced upgrade, no HSTS there.
      hsts: opts.config.secureCookie,
      contentSecurityPolicy: {
        useDefaults: true,
        directives: { 'upgrade-insecure-requests': null, 'img-src': ["'self'", 'data:'], 'connect-src': ["'self'"], 'frame-ancestors': ["'none'"] },
      },
    })
    const limitStore = rateLimitStore({ redisUrl: opts.config.redisUrl, prefix: opts.config.redisPrefix, db: opts.config.databaseUrl ? app.db : null }, app.log)
    app.addHook('onClose', async () => limitStore.close())
    await app.register(fastifyRateLimit, { global: false, ...limitStore.options })
    installGuard(app, policy, now)
    const sockets = installSocketAuth(app, { policy, recheckMs: opts.config.socketRecheckMs, publicOrigins: opts.config.publicOrigins, host: opts.config.host, now })
    app.decorate('auth', { routes, recheckSockets: sockets.recheck })
    await app.register(authRoutes, { policy, secureCookie: opts.config.secureCookie, loginRateMax: opts.config.loginRateMax, now })
    await app.register(adminRoutes)

    app.addHook('onReady', async () => {
      await ensureFirstAdmin(app.db, opts.config.adminPassword, app.log, opts.print ?? ((line) => process.stderr.write(`${line}\n`)))
      const undeclared = routes.filter((r) => !r.declared && mustDeclare(r.url))
      // Undeclared API routes are admin-only until declared; the access test names them.
      if (undeclared.length > 0) app.log.warn({ routes: undeclared.map((r) => `${r.method} ${r.url}`) }, 'API routes without an access declaration are admin-only')
    })
  },
  { name: 'auth', dependencies: ['db', 'realtime'], fastify: '5.x' },
)
