import { describe, expect, it } from 'vitest'
import { appendEvent, appendEvents, type NewEvent } from '../../../../server/db/event-log.ts'
import { openDatabase } from '../../../../server/db/plugin.ts'

const event = (i: number): NewEvent => ({ at: '2025-06-10T00:00:00.000Z', type: i % 2 ? 'story.updated' : 'item.created', entity: 'item', entity_id: i, actor: 'poller', payload: { i } })

describe('appendEvents', () => {
  it('appends every event once, in the order given, and returns each one its own id', async () => {
    const db = await openDatabase(':memory:')
    try {
      const first = await appendEvent(db, event(-1))
      // More than one statement's worth (100), so the ids of two INSERTs must line up too.
      const events = Array.from({ length: 250 }, (_, i) => event(i))
      const ids = await appendEvents(db, events)
      expect(ids).toHaveLength(250)
      const rows = await db.selectFrom('events').select(['id', 'entity_id', 'payload']).where('id', '>', first).orderBy('id').execute()
      expect(rows.map((r) => r.entity_id)).toEqual(events.map((e) => e.entity_id))
      for (const [i, id] of ids.entries()) expect(rows.find((r) => r.id === id)?.entity_id).toBe(i)
      expect(await appendEvents(db, [])).toEqual([])
    } finally {
      await db.destroy()
    }
  })
})
