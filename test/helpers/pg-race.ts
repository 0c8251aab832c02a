import pg from 'pg'

/** Guards against a hang only: the waiters are counted, not timed. */
const WAITERS_DEADLINE_MS = 60_000

async function lockWaiters(observer: pg.Client): Promise<number> {
  // Inside the holder's transaction PostgreSQL serves pg_stat_activity from the snapshot its first read took: a
  // contender on a connection the pool opened after that read would never be seen, and the race would wait for it
  // until the deadline (CI saw exactly that). Clearing the snapshot makes every count a fresh look.
  await observer.query('SELECT pg_stat_clear_snapshot()')
  const { rows } = await observer.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'`,
  )
  return rows[0]!.n
}

/**
 * Runs `contenders` against each other on the real PostgreSQL with a forced overlap: a third
 * connection holds `table` in SHARE mode (reads go on, writes wait), the contenders start, and
 * only when `waiters` of them are seen blocked on a lock (so each has made its checks, or is queued
 * behind the other's row lock) is the table let go. Without row locks or unique constraints both
 * would write what they checked; with them the second sees the first. No sleeps decide the order.
 */
export async function raceOnTable<T>(databaseUrl: string, table: string, contenders: () => Promise<T>[], waiters = 2): Promise<PromiseSettledResult<T>[]> {
  const holder = new pg.Client({ connectionString: databaseUrl })
  await holder.connect()
  try {
    await holder.query('BEGIN')
    await holder.query(`LOCK TABLE ${pg.escapeIdentifier(table)} IN SHARE MODE`)
    const runs = contenders()
    // Settled results are kept: a contender failing early must not leave the table held.
    const settled = Promise.allSettled(runs)
    const deadline = Date.now() + WAITERS_DEADLINE_MS
    let seen = 0
    while ((seen = await lockWaiters(holder)) < waiters) {
      if (Date.now() > deadline) {
        await holder.query('SELECT pg_stat_clear_snapshot()')
        const { rows } = await holder.query(`SELECT state, wait_event_type, wait_event, left(query, 120) AS query FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`)
        await holder.query('ROLLBACK')
        throw new Error(`only ${seen} of ${waiters} contenders reached a lock on ${table}; sessions: ${JSON.stringify(rows)}`)
      }
      await new Promise((r) => setTimeout(r, 20))
    }
    await holder.query('COMMIT')
    return await settled
  } finally {
    await holder.end()
  }
}
