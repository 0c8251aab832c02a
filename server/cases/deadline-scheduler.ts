import { PeriodicPass } from '../periodic.ts'
import type { FastifyBaseLogger } from 'fastify'
import type { Kysely } from 'kysely'
import type { DeadlineCrossing, DeadlineKind, Level } from '@shared/types/case.ts'
import { appendEvent, type Database } from '../db/index.ts'
import { notifyCrossing } from '../notify/index.ts'
import type { Realtime } from '../realtime/index.ts'
import './schema.ts'

export interface DeadlineSchedulerOptions {
  db: Kysely<Database>
  realtime: Pick<Realtime, 'publish'>
  log: Pick<FastifyBaseLogger, 'error'>
  /** Injected so tests can move time; production passes `() => new Date()`. */
  now: () => Date
  tickMs: number
}

type Crossing = DeadlineCrossing['crossing']

/**
 * Announces each deadline crossing (due_soon, overdue) exactly once. A crossing is recorded in
 * `deadline_crossings` in the same transaction as its event-log entry, so a restart neither
 * repeats it nor misses one that happened while the server was down: the first scan catches up.
 * Met deadlines and closed cases announce nothing.
 */
export class DeadlineScheduler {
  private readonly loop: PeriodicPass<number>

  constructor(private readonly opts: DeadlineSchedulerOptions) {
    this.loop = new PeriodicPass(() => this.scanOnce(), { everyMs: opts.tickMs, log: opts.log, failure: 'deadline scan failed', fallback: 0 })
  }

  start(): void {
    this.loop.start()
  }

  stop(): Promise<void> {
    return this.loop.stop()
  }

  /** One pass; returns how many crossings it announced. Overlapping calls share the pass under way. */
  scan(): Promise<number> {
    return this.loop.run()
  }

  private async scanOnce(): Promise<number> {
    const now = this.opts.now().toISOString()
    const { db } = this.opts
    const due = await db
      .selectFrom('case_deadlines as d')
      .innerJoin('cases as c', 'c.id', 'd.case_id')
      .select(['d.case_id', 'd.kind', 'd.due_at', 'd.due_soon_at', 'c.title', 'c.level', 'c.unit_id', 'd.unit_id as deadline_unit_id'])
      .where('d.met_at', 'is', null)
      .where('c.status', '!=', 'closed')
      .where('d.due_soon_at', '<=', now)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('deadline_crossings as x')
              .select('x.case_id')
              .whereRef('x.case_id', '=', 'd.case_id')
              .whereRef('x.kind', '=', 'd.kind')
              .whereRef('x.due_at', '=', 'd.due_at')
              .where('x.crossing', '=', 'overdue'),
          ),
        ),
      )
      .orderBy('d.due_at')
      .execute()
    let announced = 0
    for (const d of due) {
      const crossings: Crossing[] = d.due_at <= now ? ['due_soon', 'overdue'] : ['due_soon']
      for (const crossing of crossings) {
        const payload: DeadlineCrossing = { case_id: d.case_id, case_title: d.title, level: d.level as Level, unit_id: d.deadline_unit_id ?? d.unit_id, kind: d.kind as DeadlineKind, due_at: d.due_at, crossing }
        const seq = await this.record(payload, now)
        if (seq === null) continue
        this.opts.realtime.publish(crossing === 'overdue' ? 'deadline:overdue' : 'deadline:due_soon', { seq, data: payload })
        announced++
      }
    }
    return announced
  }

  /** Stores the crossing and its log entry; null when it was already announced. */
  private record(c: DeadlineCrossing, now: string): Promise<number | null> {
    return this.opts.db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto('deadline_crossings')
        .values({ case_id: c.case_id, kind: c.kind, due_at: c.due_at, crossing: c.crossing, emitted_at: now, event_id: 0 })
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst()
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return null
      const seq = await appendEvent(trx, { at: now, type: `deadline.${c.crossing}`, entity: 'case', entity_id: c.case_id, actor: 'system', payload: c })
      await trx
        .updateTable('deadline_crossings')
        .set({ event_id: seq })
        .where('case_id', '=', c.case_id)
        .where('kind', '=', c.kind)
        .where('due_at', '=', c.due_at)
        .where('crossing', '=', c.crossing)
        .execute()
      // The unit is told in the same transaction: a crossing caught up after a restart is told once.
      await notifyCrossing(trx, c, new Date(now))
      return seq
    })
  }
}
