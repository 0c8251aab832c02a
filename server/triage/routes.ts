import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { sql } from 'kysely'
import type { StoryReleased } from '@shared/types/triage.ts'
import { loadCase } from '../cases/case-read.ts'
import { claimStories, releaseStories } from './claims.ts'
import { decide, undoDismiss, type Decision } from './decide.ts'
import { readCounts, readQueue } from './queue.ts'
import { CaseSearchQuery, DismissBody, LinkBody, OpenBody, QueueQuery, StoriesBody, WatchBody } from './schemas.ts'
import { catchUpIndex } from './search-index.ts'
import { WALL, actorName, allow } from '../auth/access.ts'

/** The wall's banner looks back this far: an older untriaged story is the queue's business, not the room's alarm. */
const MAJOR_WINDOW_MS = 24 * 3_600_000
const MAJOR_LEVELS = ['I', 'II'] as const
const MAX_MAJOR = 5

/** Triage is the operators' work (and the provincial office's admins'). */
const TRIAGE = allow(['admin', 'operator'])

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

  app.get('/api/triage/queue', { ...TRIAGE, schema: { querystring: QueueQuery } }, async (req) => {
    // New items are indexed here at the latest, so a search never misses what the queue shows.
    if (req.query.q) await catchUpIndex(db)
    return readQueue(db, req.query, opts.now())
  })

  app.get('/api/triage/counts', { ...TRIAGE }, async () => readCounts(db, opts.now()))

  /**
   * 待研判 重大: untriaged stories suggested at level I/II, for the wall's banner until an operator
   * decides. A wall-shaped projection (no summaries, claims or item ids): kiosks read it too.
   */
  app.get('/api/triage/major', { ...allow(WALL) }, async () => {
    const now = opts.now()
    const since = new Date(now.getTime() - MAJOR_WINDOW_MS).toISOString()
    const rows = (
      await Promise.all(MAJOR_LEVELS.map((level) => readQueue(db, { sort: 'newest', state: 'untriaged', limit: MAX_MAJOR, level, since }, now)))
    ).flatMap((r) => r.stories)
    rows.sort((a, b) => (a.level === b.level ? b.first_seen_at.localeCompare(a.first_seen_at) : a.level === 'I' ? -1 : 1))
    return {
      stories: rows.slice(0, MAX_MAJOR).map((r) => ({ story_id: r.story_id, title: r.title, level: r.level, first_seen_at: r.first_seen_at, report_count: r.report_count, region: r.region })),
    }
  })

  app.post('/api/triage/claims', { ...TRIAGE, schema: { body: StoriesBody } }, async (req) => {
    const { claims, fresh } = await claimStories(db, req.body.story_ids, actorName(req), opts.now())
    for (const f of fresh) realtime.publish('story:claimed', { seq: f.seq, data: f.claim })
    const last = fresh[fresh.length - 1]
    if (last) await publishCounts(last.seq)
    return { claims }
  })

  app.post('/api/triage/release', { ...TRIAGE, schema: { body: StoriesBody } }, async (req) => {
    const released = await releaseStories(db, req.body.story_ids, actorName(req), opts.now())
    await publishReleased(released)
    return { released: released.map((r) => r.released) }
  })

  app.post('/api/triage/open', { ...TRIAGE, schema: { body: OpenBody } }, async (req, reply) => {
    const { story_ids, case: draft } = req.body
    return reply.code(201).send(await act(story_ids, { action: 'opened', case: draft }, actorName(req)))
  })

  app.post('/api/triage/link', { ...TRIAGE, schema: { body: LinkBody } }, async (req) => act(req.body.story_ids, { action: 'linked', case_id: req.body.case_id }, actorName(req)))

  app.post('/api/triage/dismiss', { ...TRIAGE, schema: { body: DismissBody } }, async (req) =>
    act(req.body.story_ids, { action: 'dismissed', reason: req.body.reason }, actorName(req)),
  )

  app.post('/api/triage/watch', { ...TRIAGE, schema: { body: WatchBody } }, async (req) =>
    act(req.body.story_ids, { action: 'watch', ...(req.body.reason === undefined ? {} : { reason: req.body.reason }) }, actorName(req)),
  )

  app.post('/api/triage/undo', { ...TRIAGE, schema: { body: StoriesBody } }, async (req) => {
    const { restored, seq } = await undoDismiss(db, req.body.story_ids, actorName(req), opts.now())
    realtime.publish('story:restored', { seq, data: restored })
    await publishCounts(seq)
    return restored
  })

  /** Open cases for the link picker: by number or by words of the title. */
  app.get('/api/triage/cases', { ...TRIAGE, schema: { querystring: CaseSearchQuery } }, async (req) => {
    const q = req.query.q?.trim() ?? ''
    let query = db
      .selectFrom('cases')
      .innerJoin('units', 'units.id', 'cases.unit_id')
      .select(['cases.id', 'cases.title', 'cases.level', 'cases.status', 'cases.created_at', 'units.name as unit_name'])
      .where('cases.status', '!=', 'closed')
      .orderBy('cases.id', 'desc')
      .limit(req.query.limit)
    if (/^\d+$/.test(q)) query = query.where('cases.id', '=', Number(q))
    else if (q) query = query.where(sql<boolean>`instr(cases.title, ${q}) > 0`)
    return { cases: await query.execute() }
  })
}

