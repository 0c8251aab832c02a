import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { ErrorCode, YqError } from '@shared/errors.ts'
import type { Case } from '@shared/types/case.ts'
import { ErrorSchema } from '../ingest/schemas.ts'
import { fileCaseEvent } from './case-events.ts'
import { patchCase } from './case-patch.ts'
import { listCases, loadCase } from './case-read.ts'
import { createCase } from './case-write.ts'
import { CaseIdParams, CaseListQuerySchema, CasePatchSchema, CaseSchema, CaseSummarySchema, NewCaseEventSchema, NewCaseSchema } from './schemas.ts'

export interface CaseRouteOptions {
  now: () => Date
}

/** Until sessions exist (auth concern) the actor is what the caller says, `operator` by default. */
const DEFAULT_ACTOR = 'operator'

export const caseRoutes: FastifyPluginAsyncTypebox<CaseRouteOptions> = async (app, opts) => {
  const errors = { 400: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema }

  async function publish(event: 'case:created' | 'case:updated', id: number, seq: number): Promise<Case> {
    const data = (await loadCase(app.db, id, opts.now()))!
    app.realtime.publish(event, { seq, data })
    return data
  }

  app.get(
    '/api/units',
    { schema: { response: { 200: Type.Object({ units: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), level: Type.String(), parent_id: Type.Union([Type.String(), Type.Null()]) })) }) } } },
    async () => ({ units: await app.db.selectFrom('units').select(['id', 'name', 'level', 'parent_id']).orderBy('id').execute() }),
  )

  app.get('/api/cases', { schema: { querystring: CaseListQuerySchema, response: { 200: Type.Object({ cases: Type.Array(CaseSummarySchema) }) } } }, async (req) => ({
    cases: await listCases(app.db, req.query, opts.now()),
  }))

  app.post('/api/cases', { schema: { body: NewCaseSchema, response: { 201: CaseSchema, ...errors } } }, async (req, reply) => {
    const { actor, ...input } = req.body
    const { id, seq } = await createCase(app.db, input, actor ?? DEFAULT_ACTOR, opts.now())
    return reply.code(201).send(await publish('case:created', id, seq))
  })

  app.get('/api/cases/:id', { schema: { params: CaseIdParams, response: { 200: CaseSchema, ...errors } } }, async (req) => {
    const found = await loadCase(app.db, req.params.id, opts.now())
    if (!found) throw new YqError(ErrorCode.CASE_NOT_FOUND, `no case ${req.params.id}`, 404)
    return found
  })

  app.patch('/api/cases/:id', { schema: { params: CaseIdParams, body: CasePatchSchema, response: { 200: CaseSchema, ...errors } } }, async (req) => {
    const { actor, ...patch } = req.body
    const { seq } = await patchCase(app.db, req.params.id, patch, actor ?? DEFAULT_ACTOR, opts.now())
    return publish('case:updated', req.params.id, seq)
  })

  app.post('/api/cases/:id/events', { schema: { params: CaseIdParams, body: NewCaseEventSchema, response: { 201: CaseSchema, ...errors } } }, async (req, reply) => {
    const { actor, ...input } = req.body
    const { seq } = await fileCaseEvent(app.db, req.params.id, input, actor ?? DEFAULT_ACTOR, opts.now())
    return reply.code(201).send(await publish('case:updated', req.params.id, seq))
  })
}
