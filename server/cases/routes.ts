import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ErrorCode, YqError } from '@shared/errors.ts'
import { ErrorSchema } from '../http/index.ts'
import { actorName, ALL_ROLES, allow, checkEventAllowed } from '../auth/index.ts'
import { EVENT_FILING_ROLES } from '@shared/policy/event-permissions.ts'
import type { FastifyRequest } from 'fastify'
import { fileCaseEvent } from './case-events.ts'
import { patchCase } from './case-patch.ts'
import { listCases, loadCase, type CaseSummary } from './case-read.ts'
import { createCase } from './case-write.ts'
import { renderCasesCsv } from './render-cases-csv.ts'
import { toBeijingInput } from '@shared/format/beijing-input.ts'
import { orderByUrgency } from '@shared/wall/urgency.ts'
import { toWallCase } from '@shared/wall/wall-case.ts'
import { Case, CaseList, CaseListQuery, CasePatch, NewCase, NewCaseEvent } from '@shared/api/cases.ts'
import { IdParams } from '@shared/api/common.ts'

export interface CaseRouteOptions {
  now: () => Date
}

/** The signed-in user acts; a body `actor` is accepted for older clients but never believed. */
function actorOf(req: FastifyRequest): string {
  return actorName(req)
}
const OFFICE = allow(['admin', 'operator'])

export const caseRoutes: FastifyPluginAsyncTypebox<CaseRouteOptions> = async (app, opts) => {
  const errors = { 400: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema }

  async function publish(event: 'case:created' | 'case:updated', id: number, seq: number): Promise<Case> {
    const data = (await loadCase(app.db, id, opts.now()))!
    app.realtime.publish(event, { seq, data })
    return data
  }

  /** 属地: a unit account lists only its territory, in the page and in the export alike. */
  const territoryOf = (req: FastifyRequest): string | undefined => (req.principal?.kind === 'session' && req.principal.role === 'unit' ? req.principal.unit_id ?? undefined : undefined)
  /** The list's filters as the caller sent them, with its territory and (for `mine`, `awaiting_ack`) its own unit. */
  const filterOf = <Q extends object>(req: FastifyRequest, query: Q) => ({ ...query, territory: territoryOf(req), account_unit: territoryOf(req) })

  /** A kiosk (display token) reads cases as its wall shows them: no timeline, notes or names. */
  const forViewer = <C extends CaseSummary>(req: FastifyRequest, c: C): C => (req.principal?.role === 'display' ? toWallCase(c) : c)

  app.get('/api/cases', { ...allow(ALL_ROLES), schema: { querystring: CaseListQuery, response: { 200: CaseList, 400: ErrorSchema, 403: ErrorSchema } } }, async (req) => ({
    cases: (await listCases(app.db, filterOf(req, req.query), opts.now())).map((c) => forViewer(req, c)),
  }))

  app.get('/api/cases.csv', { ...allow(ALL_ROLES), schema: { querystring: CaseListQuery } }, async (req, reply) => {
    const now = opts.now()
    const cases = orderByUrgency(await listCases(app.db, filterOf(req, req.query), now))
    const name = `cases-${toBeijingInput(now).slice(0, 16).replace(/[-:]/g, '').replace('T', '-')}.csv`
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}"`).send(renderCasesCsv(cases, now))
  })

  app.post('/api/cases', { ...OFFICE, schema: { body: NewCase, response: { 201: Case, ...errors } } }, async (req, reply) => {
    const { actor, ...input } = req.body
    void actor
    const { id, seq } = await createCase(app.db, input, actorOf(req), opts.now())
    return reply.code(201).send(await publish('case:created', id, seq))
  })

  app.get('/api/cases/:id', { ...allow(ALL_ROLES, 'case'), schema: { params: IdParams, response: { 200: Case, ...errors } } }, async (req) => {
    const found = await loadCase(app.db, req.params.id, opts.now())
    if (!found) throw new YqError(ErrorCode.CASE_NOT_FOUND, `no case ${req.params.id}`, 404)
    return forViewer(req, found)
  })

  app.patch('/api/cases/:id', { ...OFFICE, schema: { params: IdParams, body: CasePatch, response: { 200: Case, ...errors } } }, async (req) => {
    const { actor, ...patch } = req.body
    void actor
    const { seq } = await patchCase(app.db, req.params.id, patch, actorOf(req), opts.now())
    return publish('case:updated', req.params.id, seq)
  })

  // Who may post at all is derived from the one event matrix; which type each may file is checked per request.
  app.post('/api/cases/:id/events', { ...allow(EVENT_FILING_ROLES, 'case'), schema: { params: IdParams, body: NewCaseEvent, response: { 201: Case, ...errors } } }, async (req, reply) => {
    const { actor, ...input } = req.body
    void actor
    checkEventAllowed(req.principal!.role, input.type)
    const p = req.principal!
    const { seq } = await fileCaseEvent(app.db, req.params.id, input, actorOf(req), opts.now(), { role: p.role, unit_id: p.kind === 'session' ? p.unit_id : null })
    return reply.code(201).send(await publish('case:updated', req.params.id, seq))
  })
}
