import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  CaseSearchQuery,
  Claims,
  Decided,
  DismissBody,
  LinkBody,
  MajorStories,
  OpenBody,
  OpenCaseOptions,
  QueuePage,
  QueueQuery,
  Released,
  StoriesBody,
  StoryRestored,
  TriageCounts,
  WatchBody,
  type OpenCaseOption,
  type StoryReleased,
} from '@shared/api/triage.ts'
import { loadCase, searchOpenCases } from '../cases/index.ts'
import { claimStories, releaseStories } from './claims.ts'
import { decide, undoDismiss, type Decision } from './decide.ts'
import { readCounts, readQueue } from './queue.ts'
import { catchUpIndex } from './search-index.ts'
import { actorName, allow, WALL } from '../auth/index.ts'
import { ErrorSchema } from '../http/index.ts'

/** The wall's banner looks back this far: an older untriaged story is the queue's business, not the room's alarm. */
const MAJOR_WINDOW_MS = 24 * 3_600_000
const MAJOR_LEVELS = ['I', 'II'] as const
const MAX_MAJOR = 5

/** Triage is the operators' work (and the provincial office's admins'). */
const TRIAGE = allow(['admin', 'operator'])

/** What the session guard answers before a route runs: not signed in, or not allowed. */
const GUARD = { 401: ErrorSchema, 403: ErrorSchema }
/** A decision's refusals: a bad body (or case draft), a story or case that is not there, a story already decided or claimed. */
const DECISION_REFUSALS = { 400: ErrorSchema, ...GUARD, 404: ErrorSchema, 409: ErrorSchema }

export interface ReleasePublisher {
  publish: (list: { released: StoryReleased; seq: number }[]) => Promise<void>
}

export interface TriageRouteOptions {
  onReleased: ReleasePublisher
  now: () => Date
}

export const triageRoutes: FastifyPluginAsyncTypebox<TriageRouteOptions> = async (app, opts) => {
  const { db, realtime } = app

  async function publishCounts(seq: number): Promise<void> {
    realtime.publish('triage:counts', { seq, data: await readCounts(db, opts.now()) })
  }

  async function publishReleased(list: { released: StoryReleased; seq: number }[]): Promise<void> {
    for (const r of list) realtime.publish('story:released', { seq: r.seq, data: r.released })
    const last = list[list.length - 1]
    if (last) await publishCounts(last.seq)
  }
  // The plugin's expiry sweep publishes through the same function; routes are encapsulated.
  opts.onReleased.publish = publishReleased

  async function act(storyIds: number[], decision: Decision, actor: string) {
    const result = await decide(db, storyIds, decision, actor, opts.now())
    let caseJson = null
    if (result.caseChange) {
      caseJson = (await loadCase(db, result.caseChange.id, opts.now()))!
      realtime.publish(result.caseChange.event, { seq: result.caseChange.seq, data: caseJson })
    }
    realtime.publish('story:triaged', { seq: result.seq, data: result.triaged })
    await publishCounts(result.seq)
    return { triaged: result.triaged, case: caseJson }
  }

  app.get('/api/triage/queue', { ...TRIAGE, schema: { querystring: QueueQuery, response: { 200: QueuePage, 400: ErrorSchema, ...GUARD } } }, async (req) => {
    // New items are indexed here at the latest, so a search never misses what the queue shows.
    if (req.query.q) await catchUpIndex(db)
    return readQueue(db, req.query, opts.now())
  })

  app.get('/api/triage/counts', { ...TRIAGE, schema: { response: { 200: TriageCounts, ...GUARD } } }, async () => readCounts(db, opts.now()))

  /**
   * 待研判 重大: untriaged stories suggested at level I/II, for the wall's banner until an operator
   * decides. A wall-shaped projection (no summaries, claims or item ids): kiosks read it too.
   */
  app.get('/api/triage/major', { ...allow(WALL), schema: { response: { 200: MajorStories, ...GUARD } } }, async () => {
    const now = opts.now()
    const since = new Date(now.getTime() - MAJOR_WINDOW_MS).toISOString()
    const rows = (
      await Promise.all(MAJOR_LEVELS.map((level) => readQueue(db, { sort: 'newest', state: 'untriaged', limit: MAX_MAJOR, level, since }, now)))
    ).flatMap((r) => r.stories)
    rows.sort((a, b) => (a.level === b.level ? b.first_seen_at.localeCompare(a.first_seen_at) : a.level === 'I' ? -1 : 1))
    return {
      // Every row was read under a level filter, so it has a level; the guard is for the type.
      stories: rows
        .slice(0, MAX_MAJOR)
        .flatMap((r) => (r.level ? [{ story_id: r.story_id, title: r.title, level: r.level, first_seen_at: r.first_seen_at, report_count: r.report_count, region: r.region }] : [])),
    }
  })

  app.post('/api/triage/claims', { ...TRIAGE, schema: { body: StoriesBody, response: { 200: Claims, ...DECISION_REFUSALS } } }, async (req) => {
    const { claims, fresh } = await claimStories(db, req.body.story_ids, actorName(req), opts.now())
    for (const f of fresh) realtime.publish('story:claimed', { seq: f.seq, data: f.claim })
    const last = fresh[fresh.length - 1]
    if (last) await publishCounts(last.seq)
    return { claims }
  })

  app.post('/api/triage/release', { ...TRIAGE, schema: { body: StoriesBody, response: { 200: Released, 400: ErrorSchema, ...GUARD } } }, async (req) => {
    const released = await releaseStories(db, req.body.story_ids, actorName(req), opts.now())
    await publishReleased(released)
    return { released: released.map((r) => r.released) }
  })

  app.post('/api/triage/open', { ...TRIAGE, schema: { body: OpenBody, response: { 201: Decided, ...DECISION_REFUSALS } } }, async (req, reply) => {
    const { story_ids, case: draft } = req.body
    return reply.code(201).send(await act(story_ids, { action: 'opened', case: draft }, actorName(req)))
  })

  app.post('/api/triage/link', { ...TRIAGE, schema: { body: LinkBody, response: { 200: Decided, ...DECISION_REFUSALS } } }, async (req) => act(req.body.story_ids, { action: 'linked', case_id: req.body.case_id }, actorName(req)))

  app.post('/api/triage/dismiss', { ...TRIAGE, schema: { body: DismissBody, response: { 200: Decided, ...DECISION_REFUSALS } } }, async (req) =>
    act(req.body.story_ids, { action: 'dismissed', reason: req.body.reason }, actorName(req)),
  )

  app.post('/api/triage/watch', { ...TRIAGE, schema: { body: WatchBody, response: { 200: Decided, ...DECISION_REFUSALS } } }, async (req) =>
    act(req.body.story_ids, { action: 'watch', ...(req.body.reason === undefined ? {} : { reason: req.body.reason }) }, actorName(req)),
  )

  app.post('/api/triage/undo', { ...TRIAGE, schema: { body: StoriesBody, response: { 200: StoryRestored, 400: ErrorSchema, ...GUARD, 409: ErrorSchema } } }, async (req) => {
    const { restored, seq } = await undoDismiss(db, req.body.story_ids, actorName(req), opts.now())
    realtime.publish('story:restored', { seq, data: restored })
    await publishCounts(seq)
    return restored
  })

  /** Open cases for the link picker: by number or by words of the title. */
  app.get('/api/triage/cases', { ...TRIAGE, schema: { querystring: CaseSearchQuery, response: { 200: OpenCaseOptions, 400: ErrorSchema, ...GUARD } } }, async (req) => {
    // The cases table holds only the levels and statuses the cases concern's writes checked.
    return { cases: (await searchOpenCases(db, req.query.q?.trim() ?? '', req.query.limit)) as OpenCaseOption[] }
  })
}

