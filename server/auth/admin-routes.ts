import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { ErrorCode, YqError } from '@shared/errors.ts'
import { appendEvent } from '../db/event-log.ts'
import { ErrorSchema } from '../ingest/schemas.ts'
import { actorName, allow } from './access.ts'
import { randomToken } from './password.ts'
import { ACCOUNT_ROLES } from './schema.ts'
import { sha256 } from './sessions.ts'
import { addUser, changeUser, listUsers } from './users.ts'
import { UserSchema } from './routes.ts'

const ADMIN = allow(['admin'])
const RoleSchema = Type.Union(ACCOUNT_ROLES.map((r) => Type.Literal(r)))
const TokenSchema = Type.Object({ id: Type.Integer(), name: Type.String(), created_at: Type.String(), revoked_at: Type.Union([Type.String(), Type.Null()]), last_used_at: Type.Union([Type.String(), Type.Null()]) })
const errors = { 400: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema }

/** Accounts and kiosk tokens: the provincial office's admin only. */
export const adminRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/users', { ...ADMIN, schema: { response: { 200: Type.Object({ users: Type.Array(UserSchema) }) } } }, async () => ({ users: await listUsers(app.db) }))

  app.post(
    '/api/users',
    {
      ...ADMIN,
      schema: {
        body: Type.Object({ username: Type.String({ maxLength: 40 }), password: Type.String({ maxLength: 200 }), role: RoleSchema, unit_id: Type.Optional(Type.Union([Type.String({ maxLength: 40 }), Type.Null()])) }),
        response: { 201: UserSchema, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await addUser(app.db, req.body, actorName(req))),
  )

  app.patch(
    '/api/users/:username',
    {
      ...ADMIN,
      schema: {
        params: Type.Object({ username: Type.String({ maxLength: 40 }) }),
        body: Type.Object({ role: Type.Optional(RoleSchema), unit_id: Type.Optional(Type.Union([Type.String({ maxLength: 40 }), Type.Null()])), disabled: Type.Optional(Type.Boolean()), password: Type.Optional(Type.String({ maxLength: 200 })) }),
        response: { 200: UserSchema, ...errors },
      },
    },
    async (req) => {
      const user = await changeUser(app.db, req.params.username, req.body, actorName(req))
      void app.auth.recheckSockets()
      return user
    },
  )

  app.get('/api/display-tokens', { ...ADMIN, schema: { response: { 200: Type.Object({ tokens: Type.Array(TokenSchema) }) } } }, async () => ({
    tokens: await app.db.selectFrom('display_tokens').select(['id', 'name', 'created_at', 'revoked_at', 'last_used_at']).orderBy('id').execute(),
  }))

  /** The token is shown once, in the kiosk link; only its hash is kept. */
  app.post(
    '/api/display-tokens',
    { ...ADMIN, schema: { body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 80 }) }), response: { 201: Type.Object({ token: TokenSchema, secret: Type.String(), link: Type.String() }), ...errors } } },
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
    { ...ADMIN, schema: { params: Type.Object({ id: Type.Integer({ minimum: 1 }) }), response: { 200: TokenSchema, ...errors } } },
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
