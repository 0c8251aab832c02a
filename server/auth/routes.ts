import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { LoginBody, Me, PasswordChange, SignedIn } from '@shared/api/accounts.ts'
import { ErrorCode, YqError } from '@shared/errors.ts'
import { appendEvent } from '../db/index.ts'
import { ErrorSchema } from '../http/index.ts'
import { ACCOUNTS, ALL_ROLES, PUBLIC, actorName, allow } from './access.ts'
import { assertNotLocked, clearFailures, noteFailure } from './lockout.ts'
import { checkLogin } from './login.ts'
import { verifyPassword } from './password.ts'
import { createSession, endSession, SESSION_COOKIE, type SessionPolicy } from './sessions.ts'
import { changeUser, findUser } from './users.ts'

export interface AuthRouteOptions {
  policy: SessionPolicy
  secureCookie: boolean
  loginRateMax: number
  now: () => Date
}

export const authRoutes: FastifyPluginAsyncTypebox<AuthRouteOptions> = async (app, opts) => {
  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'strict' as const, secure: opts.secureCookie, maxAge: Math.floor(opts.policy.absoluteMs / 1000) }

  app.post(
    '/api/auth/login',
    {
      config: { ...PUBLIC.config, rateLimit: { max: opts.loginRateMax, timeWindow: 60_000 } },
      schema: {
        body: LoginBody,
        response: { 200: SignedIn, 400: ErrorSchema, 401: ErrorSchema, 429: ErrorSchema },
      },
    },
    async (req, reply) => {
      const user = await checkLogin(app.db, req.body.username, req.body.password, req.ip, opts.now())
      const { token, csrf_token } = await createSession(app.db, user.id, opts.now())
      reply.setCookie(SESSION_COOKIE, token, cookieOptions)
      return { user, csrf_token }
    },
  )

  app.post('/api/auth/logout', { ...allow(ACCOUNTS), schema: { response: { 204: Type.Null(), 401: ErrorSchema, 403: ErrorSchema } } }, async (req, reply) => {
    const p = req.principal
    if (p?.kind === 'session') {
      await endSession(app.db, p.token_hash)
      await appendEvent(app.db, { at: new Date().toISOString(), type: 'auth.logout', entity: 'user', entity_id: p.user_id, actor: p.username, payload: {} })
      void app.auth.recheckSockets()
    }
    reply.clearCookie(SESSION_COOKIE, { path: '/' })
    return reply.code(204).send(null)
  })

  /** Who am I: the client asks on start and goes to /login on 401. */
  app.get(
    '/api/auth/me',
    { ...allow(ALL_ROLES), schema: { response: { 200: Me, 401: ErrorSchema } } },
    async (req) => {
      const p = req.principal!
      if (p.kind === 'display') return { user: null, role: 'display' as const, csrf_token: null }
      const row = (await findUser(app.db, p.username))!
      return { user: { id: row.id, username: row.username, role: row.role, unit_id: row.unit_id, disabled: row.disabled === 1 }, role: p.role, csrf_token: p.csrf_token }
    },
  )

  app.post(
    '/api/auth/password',
    {
      // A stolen session must not become a way to guess the password: the sign-in's limit and lock apply.
      config: { ...allow(ACCOUNTS).config, rateLimit: { max: opts.loginRateMax, timeWindow: 60_000 } },
      schema: {
        body: PasswordChange,
        response: { 204: Type.Null(), 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 429: ErrorSchema },
      },
    },
    async (req, reply) => {
      const p = req.principal
      if (p?.kind !== 'session') throw new YqError(ErrorCode.FORBIDDEN, 'only accounts have passwords', 403)
      const now = opts.now()
      const audit = (reason: string) => appendEvent(app.db, { at: now.toISOString(), type: 'auth.password_change_failed', entity: 'user', entity_id: p.user_id, actor: p.username, payload: { reason, ip: req.ip } })
      await assertNotLocked(app.db, p.username, req.ip, now, () => audit('locked'))
      const row = (await findUser(app.db, p.username))!
      if (!(await verifyPassword(req.body.current_password, row.password_hash))) {
        await noteFailure(app.db, p.username, req.ip, now)
        await audit('wrong_password')
        throw new YqError(ErrorCode.WRONG_CURRENT_PASSWORD, 'the current password is wrong', 403)
      }
      await clearFailures(app.db, p.username, req.ip)
      // Ends every session of the account, this one included; the client signs in again.
      await changeUser(app.db, p.username, { password: req.body.new_password }, actorName(req))
      void app.auth.recheckSockets()
      reply.clearCookie(SESSION_COOKIE, { path: '/' })
      return reply.code(204).send(null)
    },
  )
}
