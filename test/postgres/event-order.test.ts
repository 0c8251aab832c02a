import type { Kysely } from 'kysely'
import { io } from 'socket.io-client'
import { describe, expect, it, onTestFinished } from 'vitest'
import { appendEvent, lastEventSeq, type Database, type NewEvent } from '../../server/db/index.ts'
import { createTestDatabase } from '../helpers/pg-database.ts'
import { startTestApp } from '../helpers/test-app.ts'

const event = (type: string): NewEvent => ({ at: new Date().toISOString(), type, entity: 'case', entity_id: null, actor: 'test', payload: {} })

/** A transaction that appends an event and stays open until `finish` (commit) or `abandon` (roll back). */
function openTransaction(db: Kysely<Database>, type: string) {
  let end!: (commit: boolean) => void
  const ending = new Promise<boolean>((resolve) => (end = resolve))
  let appended!: (id: number) => void
  const id = new Promise<number>((resolve) => (appended = resolve))
  const done = db
    .transaction()
    .execute(async (trx) => {
      appended(await appendEvent(trx, event(type)))
      if (!(await ending)) throw new Error('rolled back')
    })
    .catch((err: Error) => {
      if (err.message !== 'rolled back') throw err
    })
  return { id, finish: () => (end(true), done), abandon: () => (end(false), done) }
}

describe('event ids on PostgreSQL, where they are handed out in insert order and committed in another', () => {
  it('the log position never passes an event still to commit: a later, smaller id is not skipped by a reader that read the position meanwhile', async () => {
    const t = await startTestApp({ YQ_DATABASE_URL: await createTestDatabase() })
    const db = t.app.db
    const before = await lastEventSeq(db)

    // 1. The first transaction takes its id, the second a larger one and commits first.
    const first = openTransaction(db, 'test.first')
    const firstId = await first.id
    const second = openTransaction(db, 'test.second')
    const secondId = await second.id
    expect(secondId).toBeGreaterThan(firstId)
    await second.finish()

    // The position stays below the event still to commit, for the store and for a wall connecting now.
    const meanwhile = await lastEventSeq(db)
    expect(meanwhile).toBeGreaterThanOrEqual(before)
    expect(meanwhile).toBeLessThan(firstId)
    const wall = io(t.baseUrl, { transports: ['websocket'], extraHeaders: { cookie: t.admin.cookie } })
    onTestFinished(() => void wall.close())
    const hello = await new Promise<{ seq: number }>((resolve) => wall.once('server:hello', resolve))
    expect(hello.seq).toBeLessThan(firstId)

    // 2. Once it commits, the position covers both.
    await first.finish()
    expect(await lastEventSeq(db)).toBe(secondId)

    // 3. A transaction rolled back holds nothing: its id is a hole the position passes.
    const third = openTransaction(db, 'test.third')
    const thirdId = await third.id
    const fourth = openTransaction(db, 'test.fourth')
    const fourthId = await fourth.id
    await fourth.finish()
    expect(await lastEventSeq(db)).toBe(thirdId - 1)
    await third.abandon()
    expect(await lastEventSeq(db)).toBe(fourthId)
    const stored = await db.selectFrom('events').select('type').where('type', 'like', 'test.%').orderBy('id').execute()
    expect(stored.map((e) => e.type)).toEqual(['test.first', 'test.second', 'test.fourth'])
  })
})
