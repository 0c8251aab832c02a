import pg from 'pg'

// No vitest import here: global-setup.ts runs in vitest's main process, outside any test.

/** `YQ_TEST_DATABASE=postgres` runs the integration suite on PostgreSQL instead of SQLite files. */
export const onPostgres = process.env.YQ_TEST_DATABASE === 'postgres'

/** The machine's PostgreSQL (trust auth); YQ_TEST_PG_URL points elsewhere. Its path names the maintenance database. */
const SERVER_URL = process.env.YQ_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

export function pgUrlOf(database: string): string {
  const url = new URL(SERVER_URL)
  url.pathname = `/${database}`
  return url.href
}

export async function onServer<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: SERVER_URL })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

/** An empty database on the shared server. C collation: text orders by code point, as SQLite compares it (ISO times, ids). */
export const CREATE_EMPTY = `TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`
