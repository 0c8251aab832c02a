import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdParams } from '@shared/api/common.ts'
import { CreatedToken, DisplayToken, NewToken, NewUser, TokenList, User, UserChange, UserList, UsernameParams } from '@shared/api/accounts.ts'
import { ErrorCode, YqError } from '@shared/errors.ts'
import { appendEvent } from '../db/index.ts'
import { ErrorSchema } from '../http/index.ts'
import { actorName, allow } from './access.ts'
import { randomToken } from './password.ts'
import { sha256 } from './sessions.ts'
import { addUser, changeUser, listUsers } from './users.ts'

const ADMIN = allow(['admin'])
const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema }

/** Accounts and kiosk tokens: the provincial office's admin only. */
export const adminRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/users', { ...ADMIN, schema: { response: { 200: UserList, 401: ErrorSchema, 403: ErrorSchema } } }, async () => ({ users: await listUsers(app.db) }))

  app.post(
    '/api/users',
    {
      ...ADMIN,
      schema: {
        body: NewUser,
        response: { 201: User, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await addUser(app.db, req.body, actorName(req))),
  )

  app.patch(
    '/api/users/:username',
    {
      ...ADMIN,
      schema: {
        params: UsernameParams,
        body: UserChange,
        response: { 200: User, ...errors },
      },
    },
    async (req) => {
      const user = await changeUser(app.db, req.params.username, req.body, actorName(req))
      void app.auth.recheckSockets()
      return user
    },
  )

  app.get('/api/display-tokens', { ...ADMIN, schema: { response: { 200: TokenList, 401: ErrorSchema, 403: ErrorSchema } } }, async () => ({
    tokens: await app.db.selectFrom('display_tokens').select(['id', 'name', 'created_at', 'revoked_at', 'last_used_at']).orderBy('id').execute(),
  }))

  /** The token is shown once, in the kiosk link; only its hash is kept. */
  app.post(
    '/api/display-tokens',
    { ...ADMIN, schema: { body: NewToken, response: { 201: CreatedToken, ...errors } } },
    async (req, reply) => {
      const secret = `yqd_${randomToken()}`
      const now = new Date().toISOString()
      const token = await app.db
        .insertInto('display_tokens')
        .values({ token_hash: sha256(secret), name: req.body.name.trim(), created_at: now })
        .returning(['id', 'name', 'created_at', 'revoked_at', 'last_used_at'])
        .executeTakeFirstOrThrow()
      await appendEvent(app.db, { at: now, type: 'display_token.created', entity: 'display_token', entity_id: token.id, actor: actorName(req), payload: { name: token.name } })
      return reply.code(201).send({ token, secret, link: `/wall?token=${encodeURIComponent(secret)}` })
    },
  )

  app.delete(
    '/api/display-tokens/:id',
    { ...ADMIN, schema: { params: IdParams, response: { 200: DisplayToken, ...errors } } },
    async (req) => {
      const now = new Date().toISOString()
      const token = await app.db
        .updateTable('display_tokens')
        .set((eb) => ({ revoked_at: eb.fn.coalesce('revoked_at', eb.val(now)) }))
        .where('id', '=', req.params.id)
        .returning(['id', 'name', 'created_at', 'revoked_at', 'last_used_at'])
        .executeTakeFirst()
      if (!token) throw new YqError(ErrorCode.TOKEN_NOT_FOUND, `no display token ${req.params.id}`, 404)
      await appendEvent(app.db, { at: now, type: 'display_token.revoked', entity: 'display_token', entity_id: token.id, actor: actorName(req), payload: { name: token.name } })
      await app.auth.recheckSockets()
      return token
    },
  )
}
