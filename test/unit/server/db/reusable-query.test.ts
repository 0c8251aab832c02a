import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../../server/db/plugin.ts'
import { ReusableQuery, slot } from '../../../../server/db/reusable-query.ts'

describe('ReusableQuery', () => {
  it('runs one compiled statement again with each call’s own values, keeping the constants it was built with', async () => {
    const db = await openDatabase(':memory:')
    try {
      const insert = new ReusableQuery<{ type: string; entity_id: number; at: string }, { id: number; type: string; actor: string; at: string }>((d) =>
        d.insertInto('events').values({ at: slot<string>('at'), type: slot<string>('type'), entity: 'item', entity_id: slot<number>('entity_id'), actor: 'poller', payload: '{}' }).returning(['id', 'type', 'actor', 'at']),
      )
      const a = await insert.run(db, { type: 'item.created', entity_id: 1, at: '2025-06-10T00:00:00.000Z' })
      const b = await insert.run(db, { type: 'story.updated', entity_id: 2, at: '2025-06-11T00:00:00.000Z' })
      expect(a.rows[0]).toMatchObject({ type: 'item.created', actor: 'poller', at: '2025-06-10T00:00:00.000Z' })
      expect(b.rows[0]).toMatchObject({ type: 'story.updated', actor: 'poller', at: '2025-06-11T00:00:00.000Z' })
      expect(b.rows[0]!.id).toBeGreaterThan(a.rows[0]!.id)
      const stored = await db.selectFrom('events').select(['type', 'entity', 'entity_id', 'at']).where('id', '>=', a.rows[0]!.id).orderBy('id').execute()
      expect(stored).toEqual([
        { type: 'item.created', entity: 'item', entity_id: 1, at: '2025-06-10T00:00:00.000Z' },
        { type: 'story.updated', entity: 'item', entity_id: 2, at: '2025-06-11T00:00:00.000Z' },
      ])
    } finally {
      await db.destroy()
    }
  })

  it('refuses a value that no parameter of the statement takes, instead of running without it', async () => {
    const db = await openDatabase(':memory:')
    try {
      const select = new ReusableQuery<{ type: string; id: number }>((d) => d.selectFrom('events').select('id').where('type', '=', slot<string>('type')).where('id', '=', 1))
      await expect(select.run(db, { type: 'item.created', id: 2 })).rejects.toThrow(/slot id/)
    } finally {
      await db.destroy()
    }
  })
})
