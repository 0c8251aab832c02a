import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import fp from 'fastify-plugin'
import { WALL, allow } from '../auth/access.ts'
import { Type } from 'typebox'
import { presetPeriod } from '@shared/review/periods.ts'
import { wallOnTime } from '@shared/wall/on-time.ts'
import { SUMMARY_HOURS, summariseItems, type SummaryItem } from '@shared/wall/summary.ts'
import { loadDeadlineRows } from '../cases/deadline-rows.ts'
import type { Config } from '../config.ts'

const HOUR_MS = 3_600_000
/** A day of items is a few thousand rows; the cap keeps a flood from making the wall's poll expensive. */
const MAX_SUMMARY_ROWS = 50_000

const SummarySchema = Type.Object({
  now: Type.String(),
  hours: Type.Array(Type.String()),
  untriaged: Type.Integer(),
  items_24h: Type.Integer(),
  by_department: Type.Array(
    Type.Object({
      kind: Type.Enum(['department', 'other', 'untagged']),
      id: Type.Union([Type.String(), Type.Null()]),
      name: Type.Union([Type.String(), Type.Null()]),
      counts: Type.Array(Type.Integer()),
    }),
  ),
  by_city: Type.Array(Type.Object({ code: Type.String(), count: Type.Integer() })),
  on_time: Type.Object({
    from: Type.String(),
    to: Type.String(),
    as_of: Type.String(),
    units: Type.Array(
      Type.Object({
        id: Type.String(),
        name: Type.String(),
        met_on_time: Type.Integer(),
        met_late: Type.Integer(),
        overdue: Type.Integer(),
        pending: Type.Integer(),
        counted: Type.Integer(),
        on_time_rate: Type.Union([Type.Number(), Type.Null()]),
      }),
    ),
    unranked: Type.Integer(),
  }),
})

function parseJson<T>(text: string | null, fallback: T): T {
  if (!text) return fallback
  try {
    return JSON.parse(text) as T
  } catch {
    return fallback
  }
}

const routes: FastifyPluginAsyncTypebox<{ now: () => Date }> = async (app, opts) => {
  /**
   * The wall's aggregates: the last 24 h of items (per-hour per-department counts, per-city
   * counts, 待研判) and 本周按时率 per unit over the review's 本周 (the same rows and definition).
   */
  app.get('/api/wall/summary', { ...allow(WALL), schema: { response: { 200: SummarySchema } } }, async () => {
    const now = opts.now()
    const since = new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS - (SUMMARY_HOURS - 1) * HOUR_MS).toISOString()
    const rows = await app.db
      .selectFrom('items')
      .select(['first_seen_at', 'departments', 'region', 'unit', 'case_id'])
      .where('first_seen_at', '>=', since)
      .orderBy('first_seen_at', 'desc')
      .limit(MAX_SUMMARY_ROWS)
      .execute()
    const items: SummaryItem[] = rows.map((r) => ({
      first_seen_at: r.first_seen_at,
      departments: parseJson(r.departments, []),
      region: parseJson(r.region, null),
      unit: parseJson(r.unit, null),
      case_id: r.case_id,
    }))
    const week = presetPeriod('week', now)
    const deadlines = await loadDeadlineRows(app.db, week)
    const ids = [...new Set(deadlines.map((d) => d.unit_id))]
    const units = ids.length === 0 ? [] : await app.db.selectFrom('units').select(['id', 'name']).where('id', 'in', ids).execute()
    const onTime = wallOnTime(deadlines, new Map(units.map((u) => [u.id, u.name])), week, now.toISOString())
    return { ...summariseItems(items, now), on_time: onTime }
  })
}

/** Read-only aggregates for the situation-room wall; the wall's live data otherwise comes from the other concerns' APIs and events. */
export default fp(
  async (app, opts: { config: Readonly<Config>; now?: () => Date }) => {
    await app.register(routes, { now: opts.now ?? (() => new Date()) })
  },
  { name: 'wall', dependencies: ['db'], fastify: '5.x' },
)
