import { PeriodicPass } from '../periodic.ts'
import type { FastifyBaseLogger } from 'fastify'
import type { Kysely } from 'kysely'
import { escalationLadder, type LadderUnit } from '@shared/notify/escalation.ts'
import { DEADLINE_NAMES } from '@shared/notify/render.ts'
import { POLICY_PROFILES, type NotifyIntervalKind } from '@shared/policy/profile.ts'
import { formatBeijingHm } from '@shared/time.ts'
import type { DeadlineKind } from '@shared/types/case.ts'
import type { Database } from '../db/index.ts'
import { appendCaseEvent, loadUnitTree, logCaseChange, unmetOverdueDeadlines } from '../cases/index.ts'
import { enqueueCaseNotice, ownerName } from './enqueue.ts'
import type { ChangedCases } from './outcome.ts'
import './schema.ts'

export interface ReminderOptions {
  db: Kysely<Database>
  now: () => Date
  tickMs: number
  log: Pick<FastifyBaseLogger, 'error'>
  /** After a pass that changed timelines: publish case:updated. */
  onCasesChanged: (changed: ChangedCases) => void
  /** Runs before each pass (the duty-phone channels are brought up to the units' entries). */
  beforeScan?: () => Promise<void>
  /** Test seam: shorter reminder and escalation intervals than the policy's. */
  intervals?: Partial<Record<NotifyIntervalKind, number>>
  /** Several processes: a pass runs only in the one holding the notification lease (false = skip this pass). */
  gate?: () => Promise<boolean>
}

interface Overdue {
  case_id: number
  kind: string
  due_at: string
  level: string
  unit_id: string
  policy_id: string
}

const MAJOR: ReadonlySet<string> = new Set(['I', 'II'])
const UNITS_TTL_MS = 60_000

/**
 * While a deadline stays unmet past its due instant: a reminder every N minutes (policy), and the
 * escalation ladder one step at a time (属地/分级负责), each step once, on the timeline with its
 * reason. Everything is keyed so a restart repeats nothing and catches up with what fell due.
 */
export class Reminders {
  private units: { at: number; map: Map<string, LadderUnit> } | null = null
  /** `${case}|${kind}|${due}` → last reminder number written; skips work already done this run. */
  private readonly reminded = new Map<string, number>()
  private readonly stepped = new Set<string>()

  private readonly loop: PeriodicPass<void>

  constructor(private readonly opts: ReminderOptions) {
    const pass = async () => {
      if (opts.gate && !(await opts.gate())) return
      await opts.beforeScan?.()
      opts.onCasesChanged(await this.scan())
    }
    this.loop = new PeriodicPass(pass, { everyMs: opts.tickMs, log: opts.log, failure: 'reminder scan failed', fallback: undefined })
  }

  start(): void {
    this.loop.start()
  }

  stop(): Promise<void> {
    return this.loop.stop()
  }

  /** One pass, published; overlapping calls share the pass under way. */
  tick(): Promise<void> {
    return this.loop.run()
  }

  private interval(policyId: string, kind: NotifyIntervalKind): number {
    return this.opts.intervals?.[kind] ?? (POLICY_PROFILES[policyId] ?? Object.values(POLICY_PROFILES)[0]!).notify[kind].ms
  }

  private async unitMap(nowMs: number): Promise<Map<string, LadderUnit>> {
    if (!this.units || nowMs - this.units.at > UNITS_TTL_MS) {
      const rows = await loadUnitTree(this.opts.db)
      this.units = { at: nowMs, map: new Map(rows.map((u) => [u.id, u as LadderUnit])) }
    }
    return this.units.map
  }

  /** One pass over the overdue, unmet deadlines of open cases; returns the cases whose timeline changed. */
  async scan(): Promise<ChangedCases> {
    const now = this.opts.now()
    const changed: ChangedCases = new Map()
    const overdue = (await unmetOverdueDeadlines(this.opts.db)) as Overdue[]
    for (const o of overdue) {
      await this.remind(o, now)
      for (const [id, seq] of await this.escalate(o, now)) changed.set(id, seq)
    }
    return changed
  }

  private async remind(o: Overdue, now: Date): Promise<void> {
    const every = this.interval(o.policy_id, MAJOR.has(o.level) ? 'still_overdue_major' : 'still_overdue_other')
    const n = Math.floor((now.getTime() - Date.parse(o.due_at)) / every)
    const key = `${o.case_id}|${o.kind}|${o.due_at}`
    // Only the latest reminder: after a long outage one message, not one per missed interval.
    if (n < 1 || this.reminded.get(key) === n) return
    await this.opts.db.transaction().execute((trx) =>
      enqueueCaseNotice(trx, { case_id: o.case_id, cause: 'still_overdue', occasion: `${o.kind}@${o.due_at}|${n}`, deadline: { kind: o.kind as DeadlineKind, due_at: o.due_at } }, now),
    )
    this.reminded.set(key, n)
  }

  private async escalate(o: Overdue, now: Date): Promise<ChangedCases> {
    const changed: ChangedCases = new Map()
    const ladder = escalationLadder(o.unit_id, await this.unitMap(now.getTime()))
    for (const [i, step] of ladder.entries()) {
      const marker = `${o.case_id}|${o.kind}|${o.due_at}|${step.step}`
      if (this.stepped.has(marker)) continue
      const delay = this.interval(o.policy_id, i === 0 ? 'escalate_city' : 'escalate_province')
      if (now.getTime() < Date.parse(o.due_at) + delay) break
      const kind = o.kind as DeadlineKind
      const due = `北京时间 ${formatBeijingHm(o.due_at)} 到期`
      const reason = kind === 'acknowledgement' ? `转办后未在签收时限内签收（${due}）` : `${DEADLINE_NAMES[kind]}已超时（${due}）`
      const nowIso = now.toISOString()
      await this.opts.db.transaction().execute(async (trx) => {
        const inserted = await trx
          .insertInto('notify_escalations')
          .values({ case_id: o.case_id, kind: o.kind, due_at: o.due_at, step: step.step, at: nowIso })
          .onConflict((oc) => oc.doNothing())
          .executeTakeFirst()
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return
        const to = await ownerName(trx, step.to)
        await appendCaseEvent(trx, o.case_id, 'escalated', nowIso, 'system', { step: step.step, recipient: to, reason, note: `督办升级：告知${to}，原因：${reason}` }, now)
        await enqueueCaseNotice(trx, { case_id: o.case_id, cause: 'escalated', occasion: `${o.kind}@${o.due_at}|step${step.step}`, escalate_to: step.to, deadline: { kind, due_at: o.due_at }, reason }, now)
        changed.set(o.case_id, await logCaseChange(trx, o.case_id, 'case.updated', 'system', { event: 'escalated', step: step.step }, now))
      })
      this.stepped.add(marker)
    }
    return changed
  }
}
