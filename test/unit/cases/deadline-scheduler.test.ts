import path from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import type { DeadlineCrossing } from '@shared/types/case.ts'
import { fileCaseEvent } from '../../../server/cases/case-events.ts'
import { createCase } from '../../../server/cases/case-write.ts'
import { DeadlineScheduler } from '../../../server/cases/deadline-scheduler.ts'
import { openDatabase } from '../../../server/db/plugin.ts'
import { allMigrations } from '../../../server/migrations.ts'
import { tempDataDir } from '../../helpers/test-app.ts'

/** The provincial office files these, as an operator would. */
const OPERATOR = { role: 'operator', unit_id: null }

const H = 3_600_000
const START = Date.parse('2026-03-01T00:00:00.000Z')
const at = (hours: number) => new Date(START + hours * H)

async function setup(dir = tempDataDir()) {
  // Every concern's tables: a crossing also writes the notification outbox in its transaction.
  const db = await openDatabase(path.join(dir, 'db.sqlite'), allMigrations)
  onTestFinished(() => db.destroy())
  const clock = { now: at(0) }
  const published: { event: string; seq: number; data: DeadlineCrossing }[] = []
  const scheduler = new DeadlineScheduler({
    db,
    realtime: { publish: (event, payload) => published.push({ event, ...(payload as { seq: number; data: DeadlineCrossing }) }) },
    log: { error: () => {} },
    now: () => clock.now,
    tickMs: 1000,
  })
  return { db, clock, published, scheduler, dir }
}

const openIncident = (db: Awaited<ReturnType<typeof setup>>['db'], level = 'II') =>
  createCase(db, { title: '演示事件', kind: 'incident', level, item_ids: [], unit_id: '370100', clock_start: at(0).toISOString(), clock_start_reason: '测试' }, 'test', at(0.1))

describe('DeadlineScheduler.scan()', () => {
  it('scan() announces due_soon and overdue once each as time passes, never again', async () => {
    const { db, clock, published, scheduler } = await setup()
    await openIncident(db)
    clock.now = at(3.9)
    expect(await scheduler.scan()).toBe(0)
    clock.now = at(4)
    expect(await scheduler.scan()).toBe(1)
    expect(await scheduler.scan()).toBe(0)
    clock.now = at(5)
    expect(await scheduler.scan()).toBe(1)
    clock.now = at(7)
    expect(await scheduler.scan()).toBe(0)
    expect(published.map((p) => [p.event, p.data.kind])).toEqual([
      ['deadline:due_soon', 'authoritative_info'],
      ['deadline:overdue', 'authoritative_info'],
    ])
    expect(published[1]!.data).toMatchObject({ case_title: '演示事件', level: 'II', unit_id: '370100', due_at: at(5).toISOString(), crossing: 'overdue' })
    expect(published[1]!.seq).toBeGreaterThan(published[0]!.seq)
  })

  it('scan() catches up on both crossings of a deadline passed while nothing was scanning, in order', async () => {
    const { db, clock, published, scheduler } = await setup()
    await openIncident(db)
    clock.now = at(30)
    expect(await scheduler.scan()).toBe(4)
    expect(published.map((p) => `${p.data.kind}:${p.data.crossing}`)).toEqual([
      'authoritative_info:due_soon',
      'authoritative_info:overdue',
      'press_conference:due_soon',
      'press_conference:overdue',
    ])
  })

  it('scan() announces nothing for a deadline met before it crossed', async () => {
    const { db, clock, published, scheduler } = await setup()
    const { id } = await openIncident(db)
    await fileCaseEvent(db, id, { type: 'authoritative_info', at: at(2).toISOString(), url: 'https://gov.example.cn/1' }, 'test', at(2), OPERATOR)
    clock.now = at(6)
    await scheduler.scan()
    expect(published.map((p) => p.data.kind)).not.toContain('authoritative_info')
  })

  it('scan() after a restart on the same database repeats no crossing', async () => {
    const first = await setup()
    await openIncident(first.db)
    first.clock.now = at(6)
    expect(await first.scheduler.scan()).toBe(2)
    await first.db.destroy()
    const second = await setup(first.dir)
    second.clock.now = at(6.5)
    expect(await second.scheduler.scan()).toBe(0)
    second.clock.now = at(24)
    expect(await second.scheduler.scan()).toBe(2)
  })
})

describe('DeadlineScheduler.scan() on closed and re-levelled cases', () => {
  it('scan() announces nothing for a closed case and announces at once a deadline a level change made overdue', async () => {
    const { db, clock, published, scheduler } = await setup()
    const closed = await openIncident(db)
    await fileCaseEvent(db, closed.id, { type: 'closed', at: at(1).toISOString() }, 'test', at(1), OPERATOR)
    const raised = await openIncident(db, 'III')
    clock.now = at(6)
    expect(await scheduler.scan()).toBe(0)
    await fileCaseEvent(db, raised.id, { type: 'level_changed', at: at(6).toISOString(), level: 'II' }, 'test', at(6), OPERATOR)
    expect(await scheduler.scan()).toBe(2)
    expect(published.map((p) => [p.data.case_id, p.data.kind, p.data.crossing])).toEqual([
      [raised.id, 'authoritative_info', 'due_soon'],
      [raised.id, 'authoritative_info', 'overdue'],
    ])
  })
})
