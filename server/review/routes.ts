import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ErrorCode, YqError } from '@shared/errors.ts'
import type { ReviewPolicy } from '@shared/review/policy.ts'
import { TIME_TO_MEET_EDGES_H } from '@shared/review/types.ts'
import { actorName, allow, STAFF } from '../auth/index.ts'
import { loadCase } from '../cases/index.ts'
import { ErrorSchema } from '../http/index.ts'
import { draftBulletin, findBulletin, issueBulletin, listBulletins } from './bulletins.ts'
import { createCheck, getCheck, listChecks, recordCheckResult } from './checks.ts'
import { bulletinCsvName, parseGrouping, parsePeriod } from './period.ts'
import { renderBulletinCsv } from './render-csv.ts'
import { renderBulletinHtml } from './render-html.ts'
import { loadTimeliness } from './review-data.ts'
import { IdParams } from '@shared/api/common.ts'
import { BulletinList, BulletinQuery, CheckList, CheckListQuery, CheckResultBody, IssueBulletinBody, IssuedBulletin, NewCheckBody, SpotCheck, Timeliness, TimelinessQuery } from '@shared/api/review.ts'

export interface ReviewRouteOptions {
  now: () => Date
  random: () => number
  policy: ReviewPolicy
}


export const reviewRoutes: FastifyPluginAsyncTypebox<ReviewRouteOptions> = async (app, opts) => {
  const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema }

  app.get('/api/review/timeliness', { ...allow(STAFF), schema: { querystring: TimelinessQuery, response: { 200: Timeliness, ...errors } } }, async (req) => {
    const period = parsePeriod(req.query.from, req.query.to)
    const by = parseGrouping(req.query.by)
    const report = await loadTimeliness(app.db, period, opts.now(), by)
    return { ...report, on_time_target: opts.policy.on_time_target, time_to_meet_edges_h: [...TIME_TO_MEET_EDGES_H] }
  })

  app.get('/api/review/bulletin', { ...allow(STAFF), schema: { querystring: BulletinQuery } }, async (req, reply) => {
    const period = parsePeriod(req.query.from, req.query.to)
    const format = req.query.format ?? 'html'
    if (format !== 'html' && format !== 'csv') throw new YqError(ErrorCode.BAD_PERIOD, `format must be html or csv (got "${format}")`)
    const stored = req.query.version === undefined ? null : await findBulletin(app.db, period, req.query.version)
    const document = stored ? stored.document : await draftBulletin(app.db, period, opts.now(), opts.policy)
    if (format === 'csv') {
      const name = bulletinCsvName(period, stored?.version ?? null)
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}"`).send(renderBulletinCsv(document, stored))
    }
    return reply.type('text/html; charset=utf-8').send(renderBulletinHtml(document, stored))
  })

  app.post('/api/review/bulletins', { ...allow(['admin', 'reviewer']), schema: { body: IssueBulletinBody, response: { 201: IssuedBulletin, ...errors } } }, async (req, reply) => {
    const period = parsePeriod(req.body.from, req.body.to)
    return reply.code(201).send(await issueBulletin(app.db, period, actorName(req), opts.now(), opts.policy))
  })

  app.get('/api/review/bulletins', { ...allow(STAFF), schema: { response: { 200: BulletinList, 401: ErrorSchema, 403: ErrorSchema } } }, async () => ({ bulletins: await listBulletins(app.db) }))

  app.post('/api/review/checks', { ...allow(['admin', 'reviewer']), schema: { body: NewCheckBody, response: { 201: SpotCheck, ...errors } } }, async (req, reply) => {
    const period = parsePeriod(req.body.from, req.body.to)
    return reply.code(201).send(await createCheck(app.db, period, req.body.n, req.body.unit_id ?? null, actorName(req), opts.now(), opts.random))
  })

  app.get('/api/review/checks', { ...allow(STAFF), schema: { querystring: CheckListQuery, response: { 200: CheckList, ...errors } } }, async (req) => {
    const { from, to, ...rest } = req.query
    // A time filter is a period like the review's: both ends, checked the same way.
    const period = from !== undefined || to !== undefined ? parsePeriod(from, to) : {}
    return { checks: await listChecks(app.db, { ...rest, ...period }) }
  })

  app.get('/api/review/checks/:id', { ...allow(STAFF), schema: { params: IdParams, response: { 200: SpotCheck, ...errors } } }, async (req) => getCheck(app.db, req.params.id))

  app.post('/api/review/checks/:id/result', { ...allow(['admin', 'reviewer']), schema: { params: IdParams, body: CheckResultBody, response: { 200: SpotCheck, ...errors } } }, async (req) => {
    const { check, seqs } = await recordCheckResult(app.db, req.params.id, req.body.results, actorName(req), opts.now())
    // After commit: each re-checked case's timeline changed.
    for (const [caseId, seq] of seqs) {
      const data = await loadCase(app.db, caseId, opts.now())
      if (data) app.realtime.publish('case:updated', { seq, data })
    }
    return check
  })
}
