import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import fp from 'fastify-plugin'
import { allow, WALL } from '../auth/index.ts'
import { ErrorSchema } from '../http/index.ts'
import { WallSummary } from '@shared/api/wall.ts'
import { presetPeriod } from '@shared/review/periods.ts'
import { wallOnTime } from '@shared/wall/on-time.ts'
import { SUMMARY_HOURS, summariseItems, type SummaryItem } from '@shared/wall/summary.ts'
import { loadDeadlineRows, unitNames } from '../cases/index.ts'
import { itemsSeenSince } from '../ingest/index.ts'
import type { Config } from '../config.ts'
import { decodeDepartments, decodeRegion, decodeUnit } from '@shared/item-tags.ts'

const HOUR_MS = 3_600_000
/** A day of items is a few thousand rows; the cap keeps a flood from making the wall's poll expensive. */
const MAX_SUMMARY_ROWS = 50_000

const routes: FastifyPluginAsyncTypebox<{ now: () => Date }> = async (app, opts) => {
  /**
   * The wall's aggregates: the last 24 h of items (per-hour per-department counts, per-city
   * counts, 待研判) and 本周按时率 per unit over the review's 本周 (the same rows and definition).
   */
  app.get('/api/wall/summary', { ...allow(WALL), schema: { response: { 200: WallSummary, 401: ErrorSchema, 403: ErrorSchema } } }, async () => {
    const now = opts.now()
    const since = new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS - (SUMMARY_HOURS - 1) * HOUR_MS).toISOString()
    const rows = await itemsSeenSince(app.db, since, MAX_SUMMARY_ROWS)
    const items: SummaryItem[] = rows.map((r) => ({
      first_seen_at: r.first_seen_at,
      departments: decodeDepartments(r.departments),
      region: decodeRegion(r.region),
      unit: decodeUnit(r.unit),
      case_id: r.case_id,
    }))
    const week = presetPeriod('week', now)
    const deadlines = await loadDeadlineRows(app.db, week)
    const ids = [...new Set(deadlines.map((d) => d.unit_id))]
    const onTime = wallOnTime(deadlines, await unitNames(app.db, ids), week, now.toISOString())
    return { ...summariseItems(items, now), on_time: onTime }
  })
}

/** Read-only aggregates for the situation-room wall; the wall's live data otherwise comes from the other concerns' APIs and events. */
export default fp(
  async (app, opts: { config: Readonly<Config>; now?: () => Date }) => {
    await app.register(routes, { now: opts.now ?? (() => new Date()) })
  },
  { name: 'wall', dependencies: ['db', 'auth', 'cases'], fastify: '5.x' },
)
